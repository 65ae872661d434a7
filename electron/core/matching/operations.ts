import { clockOf, isoDate } from '../../common/isoDates';
import type { HandlerMap } from '../handlers';
import type { matchingContract } from './contract';
import { proposeCohort, suggestFor } from './find';
import { addNeverPair, listNeverPairs, removeNeverPair, saveSynonyms, synonymGroups } from './lists';
import { getProfile, setAvailability, setReportsTo, setRequest } from './profile';
import { programSettings, saveProgramSettings } from './programSettings';
import { listMatchBatches, publishCohort, undoMatchBatch } from './publish';
import type { MatchingRosterCache } from './rosterCache';

type MatchingOperation = keyof typeof matchingContract;

/** Matching's handlers, bound to one core's roster cache (cleared when the records are locked). */
export function createMatchingHandlers(cache: MatchingRosterCache): HandlerMap<MatchingOperation> {
  return {
    'matching.suggest': { access: 'read', run: ({ db, now }, input) => suggestFor(db, cache, input, isoDate(now())) },
    'matching.cohort.propose': {
      access: 'read',
      run: ({ db, now }, input) => proposeCohort(db, cache, input, isoDate(now())),
    },
    'matching.cohort.publish': { access: 'write', run: (context, input) => publishCohort(context, input) },
    'matching.batches.list': { access: 'read', run: ({ db }, { programId }) => listMatchBatches(db, programId) },
    'matching.batches.undo': { access: 'write', run: (context, { id }) => undoMatchBatch(context, id) },
    'matching.settings.get': { access: 'read', run: ({ db }, { programId }) => programSettings(db, programId) },
    'matching.settings.set': {
      access: 'write',
      run: async ({ db, now, audit }, input) => {
        await saveProgramSettings(db, input, clockOf(now).stamp);
        audit('matching_settings', input.programId);
        return programSettings(db, input.programId);
      },
    },
    'matching.profile.get': { access: 'read', run: ({ db }, { facultyId }) => getProfile(db, facultyId) },
    'matching.availability.set': {
      access: 'write',
      run: async ({ db, now, audit }, input) => {
        await setAvailability(db, input, clockOf(now).stamp);
        audit('mentor_availability', input.facultyId);
        return getProfile(db, input.facultyId);
      },
    },
    'matching.reportsTo.set': {
      access: 'write',
      run: async ({ db, now, audit }, input) => {
        await setReportsTo(db, input, clockOf(now).stamp);
        audit('faculty_reports_to', input.facultyId);
        return getProfile(db, input.facultyId);
      },
    },
    'matching.request.set': {
      access: 'write',
      run: async ({ db, now, audit }, input) => {
        await setRequest(db, input, clockOf(now).stamp);
        audit('mentee_request', input.menteeId);
        return getProfile(db, input.menteeId);
      },
    },
    'matching.neverPairs.list': { access: 'read', run: ({ db }, { facultyId }) => listNeverPairs(db, facultyId) },
    'matching.neverPairs.add': {
      access: 'write',
      run: async ({ db, now, audit }, input) => {
        const id = await addNeverPair(db, input, clockOf(now).stamp);
        audit('never_pair', id);
        return (await listNeverPairs(db)).find((entry) => entry.id === id)!;
      },
    },
    'matching.neverPairs.remove': {
      access: 'write',
      run: async ({ db, audit }, { id }) => {
        await removeNeverPair(db, id);
        audit('never_pair', id);
        return { id };
      },
    },
    'matching.synonyms.get': { access: 'read', run: ({ db }) => synonymGroups(db) },
    'matching.synonyms.set': {
      access: 'write',
      run: async ({ db, audit }, input) => {
        await saveSynonyms(db, input);
        audit('interest_synonyms', 'all');
        return synonymGroups(db);
      },
    },
  };
}
