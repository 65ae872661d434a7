import { mimeTypes } from '../../common/exportedFile';
import type { HandlerMap } from '../handlers';
import type { matrixContract } from './contract';
import { resetMatrix } from './defaults';
import {
  addColumn,
  addResponsibility,
  addRole,
  deleteResponsibility,
  moveColumn,
  moveResponsibility,
  moveRole,
  renameColumn,
  renameRole,
  restoreResponsibility,
  updateResponsibility,
} from './edit';
import { expectationsFor, rolesHeldBy } from './expectations';
import { removeHolder, setHolder, setStatus } from './program';
import { matrixToPdf } from './export/pdf';
import { matrixToXlsx } from './export/xlsx';
import { readMatrix } from './read';

type MatrixOperation = keyof typeof matrixContract;

export const matrixHandlers: HandlerMap<MatrixOperation> = {
  'matrix.get': { access: 'read', run: ({ db }, { programId }) => readMatrix(db, programId) },
  'matrix.export': {
    access: 'read',
    run: async ({ db, actor, now }, { format, programId }) => {
      const matrix = await readMatrix(db, programId);
      const slug = matrix.program
        ? `-${matrix.program.programName.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}`
        : '';
      const bytes = format === 'pdf' ? await matrixToPdf(matrix, { author: actor }) : await matrixToXlsx(matrix, now());
      return {
        fileName: `responsibility-matrix${slug}.${format}`,
        mimeType: mimeTypes[format],
        base64: bytes.toString('base64'),
      };
    },
  },
  'matrix.expectationsFor': {
    access: 'read',
    run: async ({ db }, { facultyId }) => expectationsFor(db, await rolesHeldBy(db, facultyId)),
  },
  'matrix.addResponsibility': {
    access: 'write',
    run: async ({ db, audit }, input) => {
      const added = await addResponsibility(db, input);
      audit('matrix_responsibility', added.id);
      return added;
    },
  },
  'matrix.updateResponsibility': {
    access: 'write',
    run: async ({ db, audit }, { id, text }) => {
      audit('matrix_responsibility', id);
      return updateResponsibility(db, id, text);
    },
  },
  'matrix.moveResponsibility': {
    access: 'write',
    run: async ({ db, audit }, input) => {
      audit('matrix_responsibility', input.id);
      return moveResponsibility(db, input);
    },
  },
  'matrix.deleteResponsibility': {
    access: 'write',
    run: async ({ db, audit }, { id }) => {
      audit('matrix_responsibility', id);
      return deleteResponsibility(db, id);
    },
  },
  'matrix.restoreResponsibility': {
    access: 'write',
    run: async ({ db, audit, now }, deleted) => {
      audit('matrix_responsibility', deleted.responsibility.id);
      return restoreResponsibility(db, deleted, now());
    },
  },
  'matrix.addRole': {
    access: 'write',
    run: async ({ db, audit }, { name }) => {
      const role = await addRole(db, name);
      audit('matrix_role', role.id);
      return role;
    },
  },
  'matrix.renameRole': {
    access: 'write',
    run: async ({ db, audit }, { id, name }) => {
      audit('matrix_role', id);
      return renameRole(db, id, name);
    },
  },
  'matrix.moveRole': {
    access: 'write',
    run: async ({ db, audit }, { id, position }) => {
      audit('matrix_role', id);
      return moveRole(db, id, position);
    },
  },
  'matrix.addColumn': {
    access: 'write',
    run: async ({ db, audit }, { heading }) => {
      const column = await addColumn(db, heading);
      audit('matrix_column', column.id);
      return column;
    },
  },
  'matrix.renameColumn': {
    access: 'write',
    run: async ({ db, audit }, { id, heading }) => {
      audit('matrix_column', id);
      return renameColumn(db, id, heading);
    },
  },
  'matrix.moveColumn': {
    access: 'write',
    run: async ({ db, audit }, { id, position }) => {
      audit('matrix_column', id);
      return moveColumn(db, id, position);
    },
  },
  'matrix.reset': {
    access: 'write',
    run: async ({ db, audit }) => {
      await resetMatrix(db);
      audit('matrix', 'all');
      return readMatrix(db);
    },
  },
  'matrix.setHolder': {
    access: 'write',
    run: async ({ db, audit }, input) => {
      const holder = await setHolder(db, input);
      audit('program_role_holder', holder.id);
      return holder;
    },
  },
  'matrix.removeHolder': {
    access: 'write',
    run: async ({ db, audit }, { id }) => {
      await removeHolder(db, id);
      audit('program_role_holder', id);
      return { removed: true };
    },
  },
  'matrix.setStatus': {
    access: 'write',
    run: async ({ db, audit, now }, input) => {
      audit('program_responsibility_status', `${input.programId}:${input.responsibilityId}`);
      return setStatus(db, input, now());
    },
  },
};
