import type { ReadableDb } from '../../../../db/handles';
import type { PersonRole } from '../../matrix/contract';
import { expectationsFor } from '../../matrix/expectations';
import type { MentorshipKind } from '../../mentorships/contract';

export interface PartnerResponsibilities {
  /** The matrix row each list comes from, as named in the matrix. */
  partnerRow: string | null;
  partner: string[];
  menteeRow: string | null;
  mentee: string[];
}

const partnerRoleOf: Record<MentorshipKind, PersonRole> = { mentor: 'mentor', sponsor: 'sponsor', peer: 'peer' };

/**
 * What the matrix expects of each partner. A sponsor or peer partnership
 * uses its own row; where that row is empty (the seed's Sponsor row is), the
 * Mentor row applies, since the partner still mentors.
 */
export async function partnerResponsibilities(db: ReadableDb, kind: MentorshipKind): Promise<PartnerResponsibilities> {
  const own = partnerRoleOf[kind];
  const expectations = await expectationsFor(db, new Set<PersonRole>([own, 'mentor', 'mentee']));
  const partner =
    expectations.find((e) => e.role === own && e.responsibilities.length > 0) ??
    expectations.find((e) => e.role === 'mentor');
  const mentee = expectations.find((e) => e.role === 'mentee');
  return {
    partnerRow: partner?.roleName ?? null,
    partner: partner?.responsibilities ?? [],
    menteeRow: mentee?.roleName ?? null,
    mentee: mentee?.responsibilities ?? [],
  };
}
