import type { HandlerMap } from '../handlers';
import { clockOf } from '../../common/isoDates';
import type { mentorshipContract } from './contract';
import { addGoal, updateGoal } from './goals';
import { activateMentorship, createMentorship, endMentorship, updateMentorship } from './lifecycle';
import { getMentorship, listMentorships } from './queries';
import { recordReview } from './review';

type MentorshipOperation = keyof typeof mentorshipContract;

export const mentorshipHandlers: HandlerMap<MentorshipOperation> = {
  'mentorships.list': { access: 'read', run: ({ db }, input) => listMentorships(db, input) },
  'mentorships.get': { access: 'read', run: ({ db }, { id }) => getMentorship(db, id) },
  'mentorships.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const id = await createMentorship(db, fields, clockOf(now));
      audit('mentorship', id);
      return getMentorship(db, id);
    },
  },
  'mentorships.update': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      await updateMentorship(db, input, clockOf(now));
      audit('mentorship', input.id);
      return getMentorship(db, input.id);
    },
  },
  'mentorships.activate': {
    access: 'write',
    run: async ({ db, now, audit }, { id, startDate }) => {
      await activateMentorship(db, id, startDate, clockOf(now));
      audit('mentorship', id);
      return getMentorship(db, id);
    },
  },
  'mentorships.end': {
    access: 'write',
    run: async ({ db, now, audit }, { id, endedOn, reason }) => {
      const clock = clockOf(now);
      await endMentorship(db, id, endedOn ?? clock.today, reason, clock);
      audit('mentorship', id);
      return getMentorship(db, id);
    },
  },
  'mentorships.recordReview': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const clock = clockOf(now);
      const { reviewId, changeRequestId } = await recordReview(
        db,
        { ...input, reviewedOn: input.reviewedOn ?? clock.today },
        clock,
      );
      audit('mentorship', input.id);
      audit('mentorship_review', reviewId);
      if (changeRequestId !== null) audit('change_request', changeRequestId);
      const mentorship = await getMentorship(db, input.id);
      const review = mentorship.reviews.find((r) => r.id === reviewId)!;
      return { mentorship, review, changeRequestId };
    },
  },
  'mentorships.addGoal': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const goalId = await addGoal(db, input, clockOf(now));
      audit('mentorship_goal', goalId);
      return getMentorship(db, input.mentorshipId);
    },
  },
  'mentorships.updateGoal': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const mentorshipId = await updateGoal(db, input, clockOf(now));
      audit('mentorship_goal', input.id);
      return getMentorship(db, mentorshipId);
    },
  },
};
