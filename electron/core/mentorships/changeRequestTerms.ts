/**
 * The words of a request to change a mentoring pair: who raised it, where it
 * stands, how it ended. They belong to the mentorship, whose history lists its
 * requests; the change-requests domain builds on them. Pure.
 */

export const raisedByOptions = ['mentor', 'mentee', 'office', 'survey'] as const;
export type RaisedBy = (typeof raisedByOptions)[number];
export const raisedByLabels: Record<RaisedBy, string> = {
  mentor: 'the mentor',
  mentee: 'the mentee',
  office: 'the office',
  survey: 'the annual survey',
};

export const changeRequestStatuses = ['open', 'in_mediation', 'resolved'] as const;
export type ChangeRequestStatus = (typeof changeRequestStatuses)[number];
export const changeRequestStatusLabels: Record<ChangeRequestStatus, string> = {
  open: 'Open',
  in_mediation: 'In mediation',
  resolved: 'Resolved',
};

export const changeRequestResolutions = ['changed', 'kept', 'ended'] as const;
export type ChangeRequestResolution = (typeof changeRequestResolutions)[number];
export const changeRequestResolutionLabels: Record<ChangeRequestResolution, string> = {
  changed: 'Changed to a new pair',
  kept: 'Kept as it is',
  ended: 'Ended',
};
