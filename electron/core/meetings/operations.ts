import type { HandlerMap } from '../handlers';
import { clockOf } from '../../common/isoDates';
import type { meetingContract } from './contract';
import { logMeeting } from './log';
import { getMeeting, listMeetings } from './queries';

type MeetingOperation = keyof typeof meetingContract;

export const meetingHandlers: HandlerMap<MeetingOperation> = {
  'meetings.list': { access: 'read', run: ({ db }, input) => listMeetings(db, input) },
  'meetings.get': { access: 'read', run: ({ db }, { id }) => getMeeting(db, id) },
  'meetings.log': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const clock = clockOf(now);
      const id = await logMeeting(db, { ...input, heldOn: input.heldOn ?? clock.today }, clock);
      audit('meeting', id);
      return getMeeting(db, id);
    },
  },
};
