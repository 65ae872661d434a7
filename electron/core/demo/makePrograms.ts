import type { Rank } from '../../common/ranks';
import { addYears } from '../../common/isoDates';
import type { DemoContext, DemoRows } from './dataset';

/** The programs of the invented school (seed 003's components: vision, mission, structure, evaluation). */
export interface DemoPrograms {
  earlyCareer: number;
  peer: number;
  sponsorship: number;
  /** Large set only. */
  pediatrics: number | null;
  /** Large set only: a closed pilot, whose groups are history. */
  newLeaders: number | null;
  newLeadersEnded: string | null;
}

interface ProgramSpec {
  name: string;
  sponsor: string;
  vision: string;
  mission: string;
  structure: string;
  evaluationPlan: string;
  targetRanks: Rank[];
  startYearsAgo: number;
  endYearsAgo?: number;
}

const specs = {
  earlyCareer: {
    name: 'Early Career Faculty Mentoring Program',
    sponsor: 'Office of Academic Affairs',
    vision: 'Every early-career faculty member has mentors who help them thrive.',
    mission:
      'Match each new assistant professor with at least one mentor, ideally inside their department, within their first year.',
    structure:
      'One-to-one mentoring with a senior mentor; a Mentoring Partnership Agreement in the first meeting; quarterly meetings; annual reconsideration.',
    evaluationPlan:
      'Annual mentoring-relationship survey; promotion and retention outcomes reviewed every three years.',
    targetRanks: ['Assistant Professor'],
    startYearsAgo: 6,
  },
  peer: {
    name: 'Faculty Peer Mentoring Program',
    sponsor: 'Office of Academic Affairs',
    vision: 'A safe space for faculty to share perspective and find a common voice.',
    mission:
      'Sponsor peer mentoring groups of up to eight faculty around a shared goal, with a senior peer facilitator.',
    structure:
      'Monthly group meetings of 60–90 minutes; initial facilitation, then self-managed with guidance from a peer facilitator.',
    evaluationPlan: 'End-of-year group evaluation and attendance review.',
    targetRanks: ['Assistant Professor'],
    startYearsAgo: 5,
  },
  sponsorship: {
    name: 'Mid-Career Sponsorship Initiative',
    sponsor: 'Office of Faculty Development and Diversity',
    vision: 'Mid-career faculty are seen, named and nominated for the roles they are ready for.',
    mission: 'Pair associate professors with sponsors who speak for them in rooms where decisions are made.',
    structure:
      'Participants are nominated by their department chairs; sponsor relationships are reviewed yearly and sponsors report nominations and introductions made.',
    evaluationPlan: 'Leadership appointments and award nominations of participants, compared with peers.',
    // By nomination, so no rank-wide audience: the dashboard does not list every associate professor.
    targetRanks: [],
    startYearsAgo: 4,
  },
  pediatrics: {
    name: 'Department of Pediatrics Mentoring Program',
    sponsor: 'Department of Pediatrics',
    vision: 'A department where mentoring is part of everyone’s work.',
    mission: 'Give every junior faculty member in Pediatrics a mentoring committee within the department.',
    structure:
      'Department-based mentors assigned by the Vice Chair for Faculty Development; meetings at least quarterly.',
    evaluationPlan: 'Departmental mentoring survey each spring.',
    targetRanks: [],
    startYearsAgo: 5,
  },
  newLeaders: {
    name: 'New Leaders Peer Circle (pilot)',
    sponsor: 'Office of Academic Affairs',
    vision: 'First-time leaders learn from each other.',
    mission: 'Peer groups for faculty in formal leadership roles for the first time.',
    structure: 'Facilitated peer groups meeting monthly for one year.',
    evaluationPlan: 'Pilot evaluation by participant interviews.',
    targetRanks: [],
    startYearsAgo: 4,
    endYearsAgo: 2,
  },
} satisfies Record<string, ProgramSpec>;

export function makePrograms(size: 'small' | 'large', context: DemoContext, rows: DemoRows): DemoPrograms {
  let nextId = 1;
  const add = (spec: ProgramSpec): number => {
    const id = nextId++;
    const ended = spec.endYearsAgo !== undefined ? addYears(context.today, -spec.endYearsAgo) : null;
    rows.programs.push({
      id,
      name: spec.name,
      sponsor: spec.sponsor,
      vision: spec.vision,
      mission: spec.mission,
      structure: spec.structure,
      evaluation_plan: spec.evaluationPlan,
      start_date: addYears(context.today, -spec.startYearsAgo),
      end_date: ended,
      status: ended ? 'closed' : 'active',
      max_group_size: 8,
      mentee_warning_threshold: 4,
      created_at: context.stamp,
      updated_at: context.stamp,
    });
    for (const rank of spec.targetRanks) rows.program_target_ranks.push({ program_id: id, rank });
    return id;
  };
  const programs: DemoPrograms = {
    earlyCareer: add(specs.earlyCareer),
    peer: add(specs.peer),
    sponsorship: add(specs.sponsorship),
    pediatrics: null,
    newLeaders: null,
    newLeadersEnded: null,
  };
  if (size === 'large') {
    programs.pediatrics = add(specs.pediatrics);
    programs.newLeaders = add(specs.newLeaders);
    programs.newLeadersEnded = addYears(context.today, -specs.newLeaders.endYearsAgo);
  }
  return programs;
}
