import { sql, type Kysely } from 'kysely';

/**
 * Frozen: the mentoring records as they were when issue 3 shipped — programs,
 * mentorships with their goals and annual reviews, meetings with attendance,
 * change requests and peer mentoring groups. Later changes go in new
 * migrations; never edit this one.
 *
 * Conventions: dates are ISO `YYYY-MM-DD` text (they compare correctly as
 * text), timestamps ISO-8601 text, booleans 0/1, money integer cents. Every
 * index below serves a named query (mostly the "needs attention" dashboard),
 * noted beside it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await createPrograms(db);
  await createMentorships(db);
  // Groups before meetings: a meeting belongs to a mentorship or a group.
  await createPeerGroups(db);
  await createMeetings(db);
  await createChangeRequests(db);
  // Attention: "mentees in a program's target audience" joins faculty by rank.
  await db.schema.createIndex('faculty_rank_active').on('faculty').columns(['rank', 'active']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createPrograms(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sponsor', 'text', (c) => c.notNull())
    .addColumn('vision', 'text')
    .addColumn('mission', 'text')
    .addColumn('structure', 'text')
    .addColumn('evaluation_plan', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('max_group_size', 'integer', (c) => c.notNull().defaultTo(8))
    .addColumn('mentee_warning_threshold', 'integer', (c) => c.notNull().defaultTo(4))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('programs_status', sql`status IN ('planned', 'active', 'closed')`)
    .addCheckConstraint('programs_max_group_size', sql`max_group_size >= 2`)
    .execute();
  await db.schema.createIndex('programs_name_unique').on('programs').column('name').unique().execute();

  // The target audience as rows rather than a JSON list, so the dashboard can
  // join it to faculty.rank in plain SQL on any database.
  await db.schema
    .createTable('program_target_ranks')
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('rank', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('program_target_ranks_pk', ['program_id', 'rank'])
    .execute();
  await db.schema.createIndex('program_target_ranks_rank').on('program_target_ranks').column('rank').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createMentorships(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mentorships')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('mentor_id', 'integer', (c) => c.notNull().references('faculty.id'))
    .addColumn('mentee_id', 'integer', (c) => c.notNull().references('faculty.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('planned_end', 'text')
    .addColumn('cadence_days', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('end_reason', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('next_review_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mentorships_not_self', sql`mentor_id <> mentee_id`)
    .addCheckConstraint('mentorships_kind', sql`kind IN ('mentor', 'sponsor', 'peer')`)
    .addCheckConstraint('mentorships_status', sql`status IN ('proposed', 'active', 'ended')`)
    .addCheckConstraint('mentorships_cadence', sql`cadence_days > 0`)
    .execute();
  // The rule "no duplicate pair of the same kind" for pairs still in play; the
  // core checks first so people see a sentence, this is the backstop.
  await db.schema
    .createIndex('mentorships_open_pair_unique')
    .on('mentorships')
    .columns(['mentor_id', 'mentee_id', 'kind'])
    .unique()
    .where(sql.ref('status'), '<>', 'ended')
    .execute();
  // A person's mentors (profile; attention "no active mentor" / "no inside mentor").
  await db.schema
    .createIndex('mentorships_mentee')
    .on('mentorships')
    .columns(['mentee_id', 'status', 'kind'])
    .execute();
  // A person's mentees (profile; the mentee-load warning).
  await db.schema.createIndex('mentorships_mentor').on('mentorships').columns(['mentor_id', 'status']).execute();
  // Attention: annual reviews due; charts: active mentorships.
  await db.schema.createIndex('mentorships_review').on('mentorships').columns(['status', 'next_review_on']).execute();
  await db.schema.createIndex('mentorships_program').on('mentorships').columns(['program_id', 'status']).execute();

  await db.schema
    .createTable('mentorship_goals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('mentorship_id', 'integer', (c) => c.notNull().references('mentorships.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'mentorship_goals_status',
      sql`status IN ('not_started', 'in_progress', 'achieved', 'set_aside')`,
    )
    .execute();
  await db.schema
    .createIndex('mentorship_goals_mentorship')
    .on('mentorship_goals')
    .columns(['mentorship_id', 'position'])
    .execute();

  await db.schema
    .createTable('mentorship_reviews')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('mentorship_id', 'integer', (c) => c.notNull().references('mentorships.id').onDelete('cascade'))
    .addColumn('reviewed_on', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('mentorship_reviews_outcome', sql`outcome IN ('continue', 'change', 'end')`)
    .execute();
  await db.schema
    .createIndex('mentorship_reviews_mentorship')
    .on('mentorship_reviews')
    .columns(['mentorship_id', 'reviewed_on'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createMeetings(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('mentorship_id', 'integer', (c) => c.references('mentorships.id'))
    .addColumn('peer_group_id', 'integer', (c) => c.references('peer_groups.id'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('meetings_one_owner', sql`(mentorship_id IS NULL) <> (peer_group_id IS NULL)`)
    .addCheckConstraint('meetings_duration', sql`duration_minutes > 0`)
    .execute();
  // Attention: last meeting per mentorship / group is one index seek each.
  await db.schema.createIndex('meetings_mentorship').on('meetings').columns(['mentorship_id', 'held_on']).execute();
  await db.schema.createIndex('meetings_peer_group').on('meetings').columns(['peer_group_id', 'held_on']).execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('faculty_id', 'integer', (c) => c.notNull().references('faculty.id'))
    .addColumn('attended', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'faculty_id'])
    .execute();
  // Profile: the group meetings a person attended.
  await db.schema.createIndex('meeting_attendance_faculty').on('meeting_attendance').column('faculty_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createChangeRequests(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_requests')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('mentorship_id', 'integer', (c) => c.notNull().references('mentorships.id'))
    .addColumn('raised_by', 'text', (c) => c.notNull())
    .addColumn('raised_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('resolution', 'text')
    .addColumn('resolution_note', 'text')
    .addColumn('handled_by', 'text')
    .addColumn('handled_at', 'text')
    .addColumn('new_mentorship_id', 'integer', (c) => c.references('mentorships.id'))
    .addColumn('review_id', 'integer', (c) => c.references('mentorship_reviews.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('change_requests_raised_by', sql`raised_by IN ('mentor', 'mentee', 'office', 'survey')`)
    .addCheckConstraint('change_requests_status', sql`status IN ('open', 'in_mediation', 'resolved')`)
    .addCheckConstraint(
      'change_requests_resolution',
      sql`(status = 'resolved') = (resolution IS NOT NULL) AND (resolution IS NULL OR resolution IN ('changed', 'kept', 'ended'))`,
    )
    .execute();
  // Attention: open requests; profile and mentorship page: requests of a mentorship.
  await db.schema
    .createIndex('change_requests_status')
    .on('change_requests')
    .columns(['status', 'raised_on'])
    .execute();
  await db.schema.createIndex('change_requests_mentorship').on('change_requests').column('mentorship_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createPeerGroups(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('peer_groups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('program_id', 'integer', (c) => c.notNull().references('programs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('focus', 'text', (c) => c.notNull())
    .addColumn('facilitated', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('grouping', 'text')
    .addColumn('facilitator_id', 'integer', (c) => c.references('faculty.id'))
    .addColumn('phase', 'text', (c) => c.notNull().defaultTo('initial_facilitation'))
    .addColumn('schedule', 'text')
    .addColumn('meeting_minutes', 'integer')
    .addColumn('logistics', 'text')
    .addColumn('costs_cents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'peer_groups_grouping',
      sql`grouping IS NULL OR grouping IN ('seniority', 'research_area', 'geography', 'gender', 'other')`,
    )
    .addCheckConstraint('peer_groups_phase', sql`phase IN ('initial_facilitation', 'self_managed')`)
    .addCheckConstraint('peer_groups_status', sql`status IN ('active', 'closed')`)
    .addCheckConstraint('peer_groups_costs', sql`costs_cents >= 0`)
    .execute();
  await db.schema
    .createIndex('peer_groups_program_name_unique')
    .on('peer_groups')
    .columns(['program_id', 'name'])
    .unique()
    .execute();
  // Attention: group checks scan active groups only.
  await db.schema.createIndex('peer_groups_status').on('peer_groups').column('status').execute();
  await db.schema.createIndex('peer_groups_facilitator').on('peer_groups').column('facilitator_id').execute();

  await db.schema
    .createTable('peer_group_members')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('peer_groups.id'))
    .addColumn('faculty_id', 'integer', (c) => c.notNull().references('faculty.id'))
    .addColumn('joined_on', 'text', (c) => c.notNull())
    .addColumn('agreed_attendance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('agreed_confidentiality', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('left_on', 'text')
    .execute();
  // A person is a current member of a group at most once (they may leave and rejoin).
  await db.schema
    .createIndex('peer_group_members_current_unique')
    .on('peer_group_members')
    .columns(['group_id', 'faculty_id'])
    .unique()
    .where(sql.ref('left_on'), 'is', null)
    .execute();
  // Attention "group full" and the GROUP_FULL rule count current members.
  await db.schema
    .createIndex('peer_group_members_group')
    .on('peer_group_members')
    .columns(['group_id', 'left_on'])
    .execute();
  // Profile: a person's groups.
  await db.schema.createIndex('peer_group_members_faculty').on('peer_group_members').column('faculty_id').execute();
}
