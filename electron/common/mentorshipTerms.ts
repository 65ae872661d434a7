/**
 * The words of a mentoring pair that every domain uses: its kind and where it
 * stands. Programs count pairs by kind, the dashboard looks for people without
 * a supporting kind, awards list mentees by kind. Pure.
 */

export const mentorshipKinds = ['mentor', 'sponsor', 'peer'] as const;
export type MentorshipKind = (typeof mentorshipKinds)[number];
export const mentorshipKindLabels: Record<MentorshipKind, string> = {
  mentor: 'Mentor',
  sponsor: 'Sponsor',
  peer: 'Peer mentor',
};

/**
 * The kinds that count as "having a mentor" when the dashboard looks for
 * people in a program's audience without one: a sponsor supports a
 * mid-career colleague as a mentor does an early-career one; a peer does not.
 */
export const supportingKinds = ['mentor', 'sponsor'] as const satisfies readonly MentorshipKind[];

export const mentorshipStatuses = ['proposed', 'active', 'ended'] as const;
export type MentorshipStatus = (typeof mentorshipStatuses)[number];
