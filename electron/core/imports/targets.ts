/**
 * Where a column's values go. Pure data, shared with the renderer's mapping
 * screen. A survey question is `question:<key>`; `ignore` leaves a column out.
 */
export const importKinds = ['roster', 'survey'] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * A workshop's sign-up sheet: who signed up, added to the workshop's list.
 * Kept apart from `ImportKind` (the kinds of the Imports page) so the page's
 * lists and labels stay as they are; its batches are undone like any other.
 */
export const signupKind = 'workshopSignup';
/** Every kind of batch the import pipeline reads, plans, commits and undoes. */
export type BatchKind = ImportKind | typeof signupKind;

/** Who signed up (and their department, for a sign-up the directory does not know). */
export const signupFields = ['employeeId', 'email', 'name', 'firstName', 'lastName', 'department'] as const;
export type SignupField = (typeof signupFields)[number];

export const rosterFields = [
  'employeeId',
  'email',
  'name',
  'firstName',
  'middleName',
  'lastName',
  'department',
  'division',
  'rank',
  'track',
  'appointmentStart',
  'careerStage',
  'interests',
  'firstTimeLeader',
] as const;
export type RosterField = (typeof rosterFields)[number];

/** Who answered a survey. */
export const respondentFields = ['employeeId', 'email', 'name', 'firstName', 'lastName'] as const;
export type RespondentField = (typeof respondentFields)[number];

/** About the response itself. */
export const responseFields = [
  'responseId',
  'startedAt',
  'completedAt',
  'progress',
  'finished',
  'completionStatus',
  'responseType',
] as const;
export type ResponseField = (typeof responseFields)[number];

export const ignoreTarget = 'ignore';
export const questionTargetPrefix = 'question:';

export function questionTarget(key: string): string {
  return `${questionTargetPrefix}${key}`;
}

export function questionKeyOf(target: string): string | null {
  return target.startsWith(questionTargetPrefix) ? target.slice(questionTargetPrefix.length) : null;
}

export const fieldLabels: Record<RosterField | ResponseField, string> = {
  employeeId: 'Employee ID',
  email: 'Email',
  name: 'Full name',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  department: 'Department',
  division: 'Division',
  rank: 'Rank',
  track: 'Line / track',
  appointmentStart: 'Appointment start',
  careerStage: 'Career stage',
  interests: 'Interests',
  firstTimeLeader: 'First-time leader',
  responseId: 'Response ID',
  startedAt: 'Started',
  completedAt: 'Completed',
  progress: 'Progress (%)',
  finished: 'Finished',
  completionStatus: 'Completion status (REDCap)',
  responseType: 'Response type (Qualtrics)',
};

export function targetsFor(kind: BatchKind): readonly string[] {
  if (kind === signupKind) return signupFields;
  return kind === 'roster' ? rosterFields : [...respondentFields, ...responseFields];
}
