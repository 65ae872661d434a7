import type { HandlerMap } from '../handlers';
import { clockOf } from '../../common/isoDates';
import { createAwardType, getAwardType, listAwardTypes, updateAwardType } from './awardTypes';
import { nominationComments, selectComment, unselectComment } from './comments/selection';
import type { awardsContract } from './contract';
import { createCycle, getCycle, listCycles, updateCycle } from './cycles';
import { diversityReview } from './diversity/review';
import { letterMaxPagesKey, readLetterSettings, writeLetterSettings } from './letters/pageLimit';
import { addLetter, downloadLetter, removeLetter, requireLetter } from './letters/store';
import {
  assertEditable,
  createNomination,
  deleteNomination,
  requireNomination,
  setNominationStatus,
  updateNomination,
} from './nominationLifecycle';
import { getNomination, listNominations } from './nominationQueries';
import { letterWarnings } from './nominationWarnings';
import { reorderRows } from './positions';

type AwardsOperation = keyof typeof awardsContract;

export const awardsHandlers: HandlerMap<AwardsOperation> = {
  'awards.types.list': { access: 'read', run: ({ db }) => listAwardTypes(db) },
  'awards.types.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const id = await createAwardType(db, fields, clockOf(now));
      audit('award_type', id);
      return getAwardType(db, id);
    },
  },
  'awards.types.update': {
    access: 'write',
    run: async ({ db, now, audit }, { id, ...fields }) => {
      await updateAwardType(db, id, fields, clockOf(now));
      audit('award_type', id);
      return getAwardType(db, id);
    },
  },
  'awards.cycles.list': {
    access: 'read',
    run: ({ db, now }, { awardTypeId }) => listCycles(db, clockOf(now).today, awardTypeId),
  },
  'awards.cycles.get': { access: 'read', run: ({ db, now }, { id }) => getCycle(db, id, clockOf(now).today) },
  'awards.cycles.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const clock = clockOf(now);
      const id = await createCycle(db, fields, clock);
      audit('award_cycle', id);
      return getCycle(db, id, clock.today);
    },
  },
  'awards.cycles.update': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const clock = clockOf(now);
      await updateCycle(db, fields, clock);
      audit('award_cycle', fields.id);
      return getCycle(db, fields.id, clock.today);
    },
  },
  'awards.nominations.list': {
    access: 'read',
    run: ({ db, now }, { cycleId }) => listNominations(db, cycleId, clockOf(now).today),
  },
  'awards.nominations.get': {
    access: 'read',
    run: ({ db, now }, { id }) => getNomination(db, id, clockOf(now).today),
  },
  'awards.nominations.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      const clock = clockOf(now);
      const id = await createNomination(db, fields, clock);
      audit('award_nomination', id);
      const nomination = await getNomination(db, id, clock.today);
      for (const letter of nomination.letters) audit('nomination_letter', letter.id);
      return nomination;
    },
  },
  'awards.nominations.update': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const clock = clockOf(now);
      await updateNomination(db, input, clock);
      audit('award_nomination', input.id);
      return getNomination(db, input.id, clock.today);
    },
  },
  'awards.nominations.setStatus': {
    access: 'write',
    run: async ({ db, now, audit }, { id, status }) => {
      const clock = clockOf(now);
      await setNominationStatus(db, id, status, clock);
      audit('award_nomination', id);
      return getNomination(db, id, clock.today);
    },
  },
  'awards.nominations.delete': {
    access: 'write',
    run: async ({ db, audit }, { id }) => {
      await deleteNomination(db, id);
      audit('award_nomination', id);
      return { deleted: id };
    },
  },
  'awards.letters.add': {
    access: 'write',
    run: async ({ db, now, audit }, { nominationId, ...fields }) => {
      const clock = clockOf(now);
      assertEditable((await requireNomination(db, nominationId)).status);
      const letterId = await addLetter(db, nominationId, fields, clock);
      audit('nomination_letter', letterId);
      const nomination = await getNomination(db, nominationId, clock.today);
      const letter = nomination.letters.find((l) => l.id === letterId)!;
      return { nomination, letter, warnings: letterWarnings(nomination.cycle, nomination.letters) };
    },
  },
  'awards.letters.remove': {
    access: 'write',
    run: async ({ db, now, audit }, { id }) => {
      const { nomination_id } = await requireLetter(db, id);
      assertEditable((await requireNomination(db, nomination_id)).status);
      await removeLetter(db, id);
      audit('nomination_letter', id);
      return getNomination(db, nomination_id, clockOf(now).today);
    },
  },
  'awards.letters.reorder': {
    access: 'write',
    run: async ({ db, now, audit }, { nominationId, order }) => {
      assertEditable((await requireNomination(db, nominationId)).status);
      await reorderRows(db, 'nomination_letters', nominationId, order);
      audit('award_nomination', nominationId);
      return getNomination(db, nominationId, clockOf(now).today);
    },
  },
  'awards.letters.download': { access: 'read', run: ({ db }, { id }) => downloadLetter(db, id) },
  'awards.letters.settings.get': { access: 'read', run: ({ db }) => readLetterSettings(db) },
  'awards.letters.settings.update': {
    access: 'write',
    run: async ({ db, now, audit }, settings) => {
      await writeLetterSettings(db, settings, now());
      audit('setting', letterMaxPagesKey);
      return readLetterSettings(db);
    },
  },
  'awards.comments.list': { access: 'read', run: ({ db }, { nominationId }) => nominationComments(db, nominationId) },
  'awards.comments.select': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      const id = await selectComment(db, input, clockOf(now));
      audit('nomination_comment', id);
      return nominationComments(db, input.nominationId);
    },
  },
  'awards.comments.unselect': {
    access: 'write',
    run: async ({ db, audit }, { id }) => {
      const nominationId = await unselectComment(db, id);
      audit('nomination_comment', id);
      return nominationComments(db, nominationId);
    },
  },
  'awards.comments.reorder': {
    access: 'write',
    run: async ({ db, audit }, { nominationId, order }) => {
      await reorderRows(db, 'nomination_comments', nominationId, order);
      audit('award_nomination', nominationId);
      return nominationComments(db, nominationId);
    },
  },
  'awards.diversity': {
    access: 'read',
    run: ({ db, now }, { cycleId }) => diversityReview(db, cycleId, clockOf(now).today),
  },
};
