/**
 * Small shapes every mentoring domain returns: a person as shown in a list, a
 * link to a record, and a warning. Pure types, shared with the renderer.
 */
import type { Rank } from './ranks';

/** A person as mentoring pages show them: enough to label a link. */
export interface PersonRef {
  id: number;
  name: string;
  rank: Rank;
  department: string;
}

export type RecordType = 'faculty' | 'program' | 'mentorship' | 'peerGroup' | 'changeRequest' | 'meeting';

/** A link to a record, with the words to show on it. */
export interface RecordRef {
  type: RecordType;
  id: number;
  label: string;
}

/**
 * Something staff should know but that does not stop the save: the record is
 * kept and the warning is shown beside it.
 */
export type WarningCode =
  | 'MENTOR_OVER_THRESHOLD'
  | 'MENTOR_JUNIOR_IN_RANK'
  | 'FACILITATOR_NOT_SENIOR'
  | 'MEMBER_AGREEMENT_MISSING'
  | 'GROUP_OVER_LIMIT';

export interface Warning {
  code: WarningCode;
  message: string;
}
