import { clockOf } from '../../common/isoDates';
import { loadOfficeSettings } from '../documents/officeDocument';
import type { HandlerMap } from '../handlers';
import { getPeerGroup } from '../peerGroups/queries';
import type { workshopsContract } from './contract';
import { createWorkshop, updateWorkshop } from './details';
import { proposePeerMentorships, startPeerGroup } from './followUp/peerMentoring';
import { followUpSurvey } from './followUp/survey';
import { addParticipants, addWalkIn, linkParticipant, removeParticipant, setAttendance } from './participants';
import { planWorkshop } from './planning';
import { getWorkshop, listWorkshops } from './queries';
import { workshopSheetsPdf } from './sheets/sheetsPdf';
import { setWishes } from './wishes';

type WorkshopOperation = keyof typeof workshopsContract;

export const workshopHandlers: HandlerMap<WorkshopOperation> = {
  'workshops.list': { access: 'read', run: ({ db }, input) => listWorkshops(db, input) },
  'workshops.get': { access: 'read', run: ({ db }, { id }) => getWorkshop(db, id) },
  'workshops.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const id = await createWorkshop(db, fields, clockOf(now));
      audit('workshop', id);
      return getWorkshop(db, id);
    },
  },
  'workshops.update': {
    access: 'write',
    run: async ({ db, now, audit }, { id, ...fields }) => {
      await updateWorkshop(db, id, fields, clockOf(now));
      audit('workshop', id);
      return getWorkshop(db, id);
    },
  },
  'workshops.addParticipants': {
    access: 'write',
    run: async ({ db, now, audit }, { workshopId, source }) => {
      const { added, alreadyIn, inactive } = await addParticipants(db, workshopId, source, clockOf(now));
      audit('workshop', workshopId);
      for (const id of added) audit('workshop_participant', id);
      return { workshop: await getWorkshop(db, workshopId), added: added.length, alreadyIn, inactive };
    },
  },
  'workshops.addWalkIn': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      audit('workshop_participant', await addWalkIn(db, input, clockOf(now)));
      return getWorkshop(db, input.workshopId);
    },
  },
  'workshops.linkParticipant': {
    access: 'write',
    run: async ({ db, audit }, { participantId, facultyId }) => {
      const workshopId = await linkParticipant(db, participantId, facultyId);
      audit('workshop_participant', participantId);
      return getWorkshop(db, workshopId);
    },
  },
  'workshops.removeParticipant': {
    access: 'write',
    run: async ({ db, audit }, { participantId }) => {
      const workshopId = await removeParticipant(db, participantId);
      audit('workshop_participant', participantId);
      return getWorkshop(db, workshopId);
    },
  },
  'workshops.setAttendance': {
    access: 'write',
    run: async ({ db, now, audit }, { participantIds, attendance }) => {
      const workshopId = await setAttendance(db, participantIds, attendance, clockOf(now));
      for (const id of participantIds) audit('workshop_participant', id);
      return getWorkshop(db, workshopId);
    },
  },
  'workshops.plan': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      await planWorkshop(db, input, clockOf(now));
      audit('workshop', input.workshopId);
      return getWorkshop(db, input.workshopId);
    },
  },
  'workshops.setWishes': {
    access: 'write',
    run: async ({ db, now, audit }, { participantId, partnerIds }) => {
      const workshopId = await setWishes(db, participantId, partnerIds, clockOf(now));
      audit('workshop_participant', participantId);
      return getWorkshop(db, workshopId);
    },
  },
  'workshops.proposePeerMentorships': {
    access: 'write',
    run: async ({ db, now, audit }, { workshopId }) => {
      const result = await proposePeerMentorships(db, workshopId, clockOf(now));
      audit('workshop', workshopId);
      for (const { mentorshipId } of result.created) audit('mentorship', mentorshipId);
      return result;
    },
  },
  'workshops.startPeerGroup': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const groupId = await startPeerGroup(db, input, clockOf(now));
      audit('workshop', input.workshopId);
      audit('peer_group', groupId);
      return getPeerGroup(db, groupId);
    },
  },
  'workshops.followUpSurvey': {
    access: 'write',
    run: async ({ db, now, audit }, { workshopId }) => {
      const result = await followUpSurvey(db, workshopId, clockOf(now));
      audit('workshop', workshopId);
      audit('survey', result.survey.id);
      return result;
    },
  },
  'workshops.sheets': {
    access: 'read',
    run: async ({ db, now }, { workshopId, sheet }) =>
      workshopSheetsPdf(await getWorkshop(db, workshopId), sheet, await loadOfficeSettings(db), now()),
  },
};
