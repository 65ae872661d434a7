import type { HandlerMap } from '../handlers';
import { clockOf } from '../../common/isoDates';
import { getMentorship } from '../mentorships/queries';
import type { changeRequestContract } from './contract';
import { getChangeRequest, listChangeRequests } from './queries';
import { resolveChangeRequest } from './resolve';
import { openChangeRequest, setChangeRequestStatus } from './steps';

type ChangeRequestOperation = keyof typeof changeRequestContract;

export const changeRequestHandlers: HandlerMap<ChangeRequestOperation> = {
  'changeRequests.list': { access: 'read', run: ({ db }, input) => listChangeRequests(db, input) },
  'changeRequests.get': { access: 'read', run: ({ db }, { id }) => getChangeRequest(db, id) },
  'changeRequests.create': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const clock = clockOf(now);
      const id = await openChangeRequest(db, { ...input, raisedOn: input.raisedOn ?? clock.today }, clock);
      audit('change_request', id);
      return getChangeRequest(db, id);
    },
  },
  'changeRequests.setStatus': {
    access: 'write',
    run: async ({ db, now, actor, audit }, { id, status, handledBy }) => {
      await setChangeRequestStatus(db, { id, status, handledBy: handledBy ?? actor }, clockOf(now));
      audit('change_request', id);
      return getChangeRequest(db, id);
    },
  },
  'changeRequests.resolve': {
    access: 'write',
    run: async ({ db, now, actor, audit }, input) => {
      const clock = clockOf(now);
      const outcome = await resolveChangeRequest(
        db,
        { ...input, resolvedOn: input.resolvedOn ?? clock.today, handledBy: input.handledBy ?? actor },
        clock,
      );
      audit('change_request', input.id);
      if (outcome.endedMentorshipId !== null) audit('mentorship', outcome.endedMentorshipId);
      if (outcome.newMentorshipId !== null) audit('mentorship', outcome.newMentorshipId);
      return {
        request: await getChangeRequest(db, input.id),
        newMentorship: outcome.newMentorshipId === null ? null : await getMentorship(db, outcome.newMentorshipId),
      };
    },
  },
};
