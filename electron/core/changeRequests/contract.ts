import { z } from 'zod';
import { operation } from '../../common/contractKit';
import { dateOrToday, idInput, optionalText, paging, recordId, requiredText } from '../../common/fields';
import type { PersonRef } from '../../common/records';
import {
  changeRequestResolutions,
  changeRequestStatuses,
  raisedByOptions,
  type ChangeRequestResolution,
  type ChangeRequestStatus,
  type RaisedBy,
} from '../mentorships/changeRequestTerms';
import type { Mentorship, MentorshipKind, ProgramRef } from '../mentorships/contract';

/**
 * Change requests (seeds 001, 004): either party — or the office, or the
 * annual survey — may ask to change a mentoring pair. Requests are honored and
 * handled confidentially (by the Vice Chair for Faculty Development): the
 * reason is confidential text, and the record shows who handled it and when.
 */

export {
  changeRequestResolutionLabels,
  changeRequestResolutions,
  changeRequestStatusLabels,
  changeRequestStatuses,
  raisedByLabels,
  raisedByOptions,
  type ChangeRequestResolution,
  type ChangeRequestStatus,
  type RaisedBy,
} from '../mentorships/changeRequestTerms';

export const changeRequestCreateInput = z.object({
  mentorshipId: recordId('Choose the mentorship.'),
  raisedBy: z.enum(raisedByOptions, { error: 'Choose who asked for the change.' }),
  raisedOn: dateOrToday,
  /** Confidential: never logged or audited. */
  reason: requiredText('Write down the reason in a sentence or two. It stays confidential.', 4000),
});

export const changeRequestSetStatusInput = z.object({
  id: recordId(),
  status: z.enum(['open', 'in_mediation'], { error: 'Choose open or in mediation.' }),
  /** Who is handling it (e.g. the Vice Chair for Faculty Development); defaults to the signed-in user. */
  handledBy: optionalText(200),
});

export const changeRequestResolveInput = z
  .object({
    id: recordId(),
    resolution: z.enum(changeRequestResolutions, { error: 'Choose changed, kept or ended.' }),
    resolvedOn: dateOrToday,
    handledBy: optionalText(200),
    /** Confidential. */
    note: optionalText(4000),
    /** Required when the resolution is "changed": the mentee's new mentor. */
    newMentorId: recordId('Choose the new mentor.').optional(),
  })
  .refine((v) => v.resolution !== 'changed' || v.newMentorId !== undefined, {
    path: ['newMentorId'],
    error: 'Choose the new mentor for this change.',
  });

export const changeRequestListInput = z.object({
  /** "unresolved" means open or in mediation. */
  status: z.enum([...changeRequestStatuses, 'unresolved']).optional(),
  mentorshipId: recordId().optional(),
  /** Requests about mentorships this person is part of. */
  personId: recordId().optional(),
  raisedBy: z.enum(raisedByOptions, { error: 'Choose the mentor, the mentee, the office or the survey.' }).optional(),
  ...paging,
});

/** A request as lists show it: without the confidential reason. */
export interface ChangeRequestRow {
  id: number;
  mentorshipId: number;
  kind: MentorshipKind;
  mentor: PersonRef;
  mentee: PersonRef;
  program: ProgramRef;
  raisedBy: RaisedBy;
  raisedOn: string;
  status: ChangeRequestStatus;
  resolution: ChangeRequestResolution | null;
  handledBy: string | null;
  /** The date of the last step taken (mediation started, or resolved). */
  handledAt: string | null;
  newMentorshipId: number | null;
}

export interface ChangeRequestList {
  total: number;
  rows: ChangeRequestRow[];
}

export interface ChangeRequest extends ChangeRequestRow {
  reason: string;
  resolutionNote: string | null;
  /** The annual review that asked for the change, if any. */
  reviewId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface ChangeRequestResolved {
  request: ChangeRequest;
  /** Present when the resolution was "changed": the pair that replaced the old one. */
  newMentorship: Mentorship | null;
}

/** A request is shown with its pair: the people, the kind and the program. */
const reads = ['changeRequests', 'mentorships', 'faculty', 'programs'] as const;
const changes = ['changeRequests'] as const;

export const changeRequestContract = {
  'changeRequests.list': operation<ChangeRequestList>()(changeRequestListInput, { reads }),
  'changeRequests.get': operation<ChangeRequest>()(idInput, { reads }),
  'changeRequests.create': operation<ChangeRequest>()(changeRequestCreateInput, { changes }),
  'changeRequests.setStatus': operation<ChangeRequest>()(changeRequestSetStatusInput, { changes }),
  /** "Changed" and "ended" end the pair; "changed" starts a new one with the old one's goals. */
  'changeRequests.resolve': operation<ChangeRequestResolved>()(changeRequestResolveInput, {
    changes: [...changes, 'mentorships'],
  }),
};
