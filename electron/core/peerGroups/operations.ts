import type { HandlerMap } from '../handlers';
import { clockOf } from '../../common/isoDates';
import { createPeerGroup, updatePeerGroup } from './groupDetails';
import type { peerGroupContract } from './contract';
import { addMember, removeMember, updateMember } from './membership';
import { getPeerGroup, listPeerGroups } from './queries';

type PeerGroupOperation = keyof typeof peerGroupContract;

export const peerGroupHandlers: HandlerMap<PeerGroupOperation> = {
  'peerGroups.list': { access: 'read', run: ({ db }, input) => listPeerGroups(db, input) },
  'peerGroups.get': { access: 'read', run: ({ db }, { id }) => getPeerGroup(db, id) },
  'peerGroups.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const id = await createPeerGroup(db, fields, clockOf(now));
      audit('peer_group', id);
      return getPeerGroup(db, id);
    },
  },
  'peerGroups.update': {
    access: 'write',
    run: async ({ db, now, audit }, { id, ...fields }) => {
      await updatePeerGroup(db, id, fields, clockOf(now));
      audit('peer_group', id);
      return getPeerGroup(db, id);
    },
  },
  'peerGroups.addMember': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const clock = clockOf(now);
      const membershipId = await addMember(db, { ...input, joinedOn: input.joinedOn ?? clock.today }, clock);
      audit('peer_group_member', membershipId);
      return getPeerGroup(db, input.groupId);
    },
  },
  'peerGroups.updateMember': {
    access: 'write',
    run: async ({ db, audit }, input) => {
      audit('peer_group_member', await updateMember(db, input));
      return getPeerGroup(db, input.groupId);
    },
  },
  'peerGroups.removeMember': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const clock = clockOf(now);
      const membershipId = await removeMember(db, { ...input, leftOn: input.leftOn ?? clock.today }, clock);
      audit('peer_group_member', membershipId);
      return getPeerGroup(db, input.groupId);
    },
  },
};
