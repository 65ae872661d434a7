import type { HandlerMap } from '../handlers';
import { getDemographics, setDemographics } from './demographics';
import type { facultyContract } from './contract';
import { assertUnique, facultyFacets, getFaculty, listFaculty } from './queries';
import { toColumns } from './rows';

type FacultyOperation = keyof typeof facultyContract;

export const facultyHandlers: HandlerMap<FacultyOperation> = {
  'faculty.list': { access: 'read', run: ({ db }, input) => listFaculty(db, input) },
  'faculty.get': { access: 'read', run: ({ db }, { id }) => getFaculty(db, id) },
  'faculty.facets': { access: 'read', run: ({ db }) => facultyFacets(db) },
  'faculty.create': {
    access: 'write',
    run: async ({ db, now, audit }, fields) => {
      await assertUnique(db, fields);
      const stamp = now().toISOString();
      const { id } = await db
        .insertInto('faculty')
        .values({ ...toColumns(fields, now()), active: 1, created_at: stamp, updated_at: stamp })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit('faculty', id);
      return getFaculty(db, id);
    },
  },
  'faculty.update': {
    access: 'write',
    run: async ({ db, now, audit }, { id, ...fields }) => {
      await getFaculty(db, id);
      await assertUnique(db, fields, id);
      await db
        .updateTable('faculty')
        .set({ ...toColumns(fields, now()), updated_at: now().toISOString() })
        .where('id', '=', id)
        .execute();
      audit('faculty', id);
      return getFaculty(db, id);
    },
  },
  'faculty.setActive': {
    access: 'write',
    run: async ({ db, now, audit }, { id, active }) => {
      await getFaculty(db, id);
      await db
        .updateTable('faculty')
        .set({ active: active ? 1 : 0, updated_at: now().toISOString() })
        .where('id', '=', id)
        .execute();
      audit('faculty', id);
      return getFaculty(db, id);
    },
  },
  'faculty.demographics.get': { access: 'read', run: ({ db }, { facultyId }) => getDemographics(db, facultyId) },
  'faculty.demographics.set': {
    access: 'write',
    run: async ({ db, now, audit }, input) => {
      await setDemographics(db, input, now().toISOString());
      // Which person's answers changed, never what they are.
      audit('faculty_demographics', input.facultyId);
      return getDemographics(db, input.facultyId);
    },
  },
};
