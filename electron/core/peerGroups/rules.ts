import type { ReadableDb } from '../../../db/handles';
import { TrellisError } from '../../common/errors';
import { isSeniorInRank } from '../faculty/people';
import type { PersonRef, Warning } from '../../common/records';
import type { GroupMember, PeerGroupRow } from './contract';

/**
 * The rules of a peer group. The size limit is a hard rule of the sponsored
 * program (seed 000: "groups up to 8 faculty"); the others are warnings.
 */

/** Refuses one more member when the group is at its program's limit. */
export async function assertRoomForOneMore(db: ReadableDb, groupId: number): Promise<void> {
  const group = await db
    .selectFrom('peer_groups as g')
    .innerJoin('programs as p', 'p.id', 'g.program_id')
    .select((eb) => [
      'g.name',
      'p.name as program_name',
      'p.max_group_size',
      eb
        .selectFrom('peer_group_members as gm')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('gm.group_id', '=', 'g.id')
        .where('gm.left_on', 'is', null)
        .as('members'),
    ])
    .where('g.id', '=', groupId)
    .executeTakeFirstOrThrow();
  const members = Number(group.members ?? 0);
  if (members >= group.max_group_size) {
    throw new TrellisError(
      'GROUP_FULL',
      `${group.name} already has ${members} members, the most a peer mentoring group can have in ${group.program_name} (${group.max_group_size}). Remove a member first, or start another group.`,
    );
  }
}

function names(people: PersonRef[]): string {
  const shown = people.slice(0, 3).map((p) => `${p.name} (${p.rank})`);
  if (people.length > 3) shown.push(`${people.length - 3} more`);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function peerGroupWarnings(group: PeerGroupRow, members: GroupMember[]): Warning[] {
  const warnings: Warning[] = [];
  const facilitator = group.facilitator;
  if (facilitator) {
    const notJunior = members.map((m) => m.person).filter((p) => !isSeniorInRank(facilitator, p));
    if (notJunior.length > 0) {
      warnings.push({
        code: 'FACILITATOR_NOT_SENIOR',
        message: `${facilitator.name} (${facilitator.rank}) facilitates this group but is not senior to ${names(notJunior)}. The peer facilitator is usually a more senior faculty member.`,
      });
    }
  }
  const notAgreed = members.filter((m) => !m.agreedAttendance || !m.agreedConfidentiality).map((m) => m.person);
  if (notAgreed.length > 0) {
    warnings.push({
      code: 'MEMBER_AGREEMENT_MISSING',
      message: `${names(notAgreed)} ${notAgreed.length === 1 ? 'has' : 'have'} not yet agreed to attend the meetings and keep the group’s discussions confidential.`,
    });
  }
  if (group.memberCount > group.maxMembers) {
    warnings.push({
      code: 'GROUP_OVER_LIMIT',
      message: `This group has ${group.memberCount} members, more than the ${group.maxMembers} its program allows. No one can join until it is below the limit.`,
    });
  }
  return warnings;
}
