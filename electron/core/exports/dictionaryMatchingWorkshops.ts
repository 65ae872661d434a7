import { genders, raceEthnicities } from '../../common/demographics';
import type { TableDescriptions } from './dictionaryTypes';

const updatedAt = 'When the row was last changed (ISO 8601, UTC)';
const createdAt = 'When the row was created (ISO 8601, UTC)';

/** Finding mentors and speed peer-mentoring workshops (migrations 0006–0007). */
export const matchingAndWorkshops: TableDescriptions = {
  mentor_availability: {
    about: 'Who is willing to mentor, and how many mentees at most.',
    columns: {
      faculty_id: 'The person (faculty.id)',
      available: ['Available to mentor', '1 yes, 0 no'],
      capacity: 'Most mentees at once; empty: the program’s warning threshold',
      updated_at: updatedAt,
    },
  },
  faculty_reports_to: {
    about: 'Whom a person reports to; nobody is suggested as the mentor of someone who reports to them.',
    columns: {
      faculty_id: 'The person (faculty.id)',
      relation: ['How they report', 'supervisor, chair'],
      manager_id: 'The person they report to (faculty.id)',
      updated_at: updatedAt,
    },
  },
  never_pairs: {
    about: 'Pairs the office will not make, either way round. Confidential.',
    columns: {
      id: 'Number of the entry',
      person_a_id: 'One person (faculty.id, the lower number)',
      person_b_id: 'The other person (faculty.id)',
      reason: 'Why, in the office’s words (confidential)',
      created_at: createdAt,
    },
  },
  interest_synonyms: {
    about: 'Interest terms that mean the same, compared as one when matching.',
    columns: { term: 'A term as people write it', canonical: 'The term it counts as' },
  },
  matching_settings: {
    about: 'How each program matches mentors and mentees.',
    columns: {
      program_id: 'The program (programs.id)',
      rank_rule: ['Whose rank may mentor whose', 'above, same_or_above, any'],
      recent_pair_years: 'Years after a pair ended before it may be suggested again',
      min_score: 'Lowest score suggested, in thousandths (0–1000)',
      weights: 'Weight of each criterion of the score (JSON: criterion → whole number)',
      updated_at: updatedAt,
    },
  },
  mentee_requests: {
    about: 'What a mentee asked for in a mentor.',
    columns: {
      mentee_id: 'The mentee (faculty.id)',
      mentor_ids: 'People they named (JSON list of faculty.id)',
      department: 'Department they prefer',
      topics: 'Topics they want (JSON list)',
      note: 'Note',
      source: ['Where the request came from', 'office, survey'],
      updated_at: updatedAt,
    },
  },
  faculty_demographics: {
    about: 'Self-reported, confidential answers; used in a match only with the person’s opt-in.',
    columns: {
      faculty_id: 'The person (faculty.id)',
      gender: ['Gender', genders.join(', ')],
      race_ethnicity: ['Race and ethnicity (JSON list)', raceEthnicities.join(', ')],
      underrepresented: ['Underrepresented in medicine, as they answered', '1 yes, 0 no, empty not answered'],
      first_generation: ['First-generation college graduate, as they answered', '1 yes, 0 no, empty not answered'],
      identity_matching_opt_in: ['May these answers count when matching', '1 yes, 0 no'],
      updated_at: updatedAt,
    },
  },
  match_batches: {
    about: 'Cohorts of pairs published at once as proposed mentorships.',
    columns: {
      id: 'Number of the batch',
      program_id: 'The program (programs.id)',
      kind: ['Kind of mentorship proposed', 'mentor, sponsor'],
      actor: 'Who published it',
      created_at: 'When it was published (ISO 8601, UTC)',
      undone_at: 'When it was undone, if it was',
      undone_by: 'Who undid it',
    },
  },
  match_batch_pairs: {
    about: 'The pairs of a published batch, with their score.',
    columns: {
      id: 'Number of the pair',
      batch_id: 'The batch (match_batches.id)',
      mentorship_id: 'The proposed mentorship (mentorships.id); empty once removed',
      mentee_id: 'The mentee (faculty.id)',
      mentor_id: 'The mentor (faculty.id)',
      score: 'The pair’s score, in thousandths (0–1000)',
      written_at: 'When the mentorship was written (ISO 8601, UTC)',
    },
  },
  workshops: {
    about: 'Speed peer-mentoring workshops.',
    columns: {
      id: 'Number of the workshop',
      program_id: 'The program it belongs to (programs.id)',
      title: 'Title',
      held_on: 'Day (YYYY-MM-DD)',
      starts_at: 'Starting time (HH:MM)',
      place: 'Room',
      round_minutes: 'Minutes per round',
      round_count: 'Number of rounds',
      table_count: 'Tables in the room; empty: one per pair',
      plan_seed: 'Seed of the current plan, to repeat it',
      planned_at: 'When the rounds were last planned (ISO 8601, UTC)',
      created_at: createdAt,
      updated_at: updatedAt,
    },
  },
  workshop_facilitators: {
    about: 'Who leads a workshop.',
    columns: {
      workshop_id: 'The workshop (workshops.id)',
      position: 'Order',
      faculty_id: 'The person (faculty.id), when in the directory',
      name: 'Their name, when not in the directory',
    },
  },
  workshop_participants: {
    about: 'Who signed up for, came to, or left a workshop.',
    columns: {
      id: 'Number of the participant',
      workshop_id: 'The workshop (workshops.id)',
      faculty_id: 'The person (faculty.id); empty for a walk-in not yet linked',
      name: 'Name of a walk-in or an unmatched sign-up',
      email: 'Email of a walk-in or sign-up',
      department: 'Department of a walk-in or sign-up',
      source: ['How they were added', 'directory, signup, walk_in'],
      checked_in_at: 'When they checked in (ISO 8601, UTC)',
      left_at: 'When they left early (ISO 8601, UTC)',
      created_at: createdAt,
    },
  },
  workshop_seats: {
    about: 'The plan: who sits at which table in each round.',
    columns: {
      workshop_id: 'The workshop (workshops.id)',
      round: 'Round (from 1)',
      group_number: 'Pair or trio within the round',
      table_number: 'Table',
      participant_id: 'The participant (workshop_participants.id)',
    },
  },
  workshop_wishes: {
    about: 'Partners a participant would like to keep meeting.',
    columns: {
      participant_id: 'The participant (workshop_participants.id)',
      partner_id: 'The partner they named (workshop_participants.id)',
      created_at: createdAt,
    },
  },
};
