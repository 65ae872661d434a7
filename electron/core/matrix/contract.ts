import { z } from 'zod';
import { operation } from '../../common/contractKit';
import type { ExportedFile } from '../../common/exportedFile';

/** Pure: shared with the renderer. */

export const responsibilityStatuses = ['not_started', 'in_progress', 'done', 'not_applicable'] as const;
export type ResponsibilityStatus = (typeof responsibilityStatuses)[number];
export const responsibilityStatusLabels: Record<ResponsibilityStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  not_applicable: 'Not applicable',
};

/** Which mentoring role a matrix row describes, so renaming a row keeps the link. */
export const personRoles = ['mentor', 'mentee', 'sponsor', 'peer', 'facilitator'] as const;
export type PersonRole = (typeof personRoles)[number];

export interface MatrixColumn {
  id: number;
  heading: string;
  position: number;
}

export interface MatrixRole {
  id: number;
  name: string;
  position: number;
  personRole: PersonRole | null;
}

export interface Responsibility {
  id: number;
  roleId: number;
  columnId: number;
  text: string;
  position: number;
}

export interface RoleHolder {
  id: number;
  roleId: number;
  facultyId: number | null;
  facultyName: string | null;
  officeName: string | null;
}

export interface ResponsibilityProgress {
  responsibilityId: number;
  status: ResponsibilityStatus;
  statusDate: string | null;
  note: string | null;
}

export interface ProgressCount {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
}

export interface ProgramMatrix {
  programId: number;
  programName: string;
  holders: RoleHolder[];
  statuses: ResponsibilityProgress[];
  progressByRole: Record<number, ProgressCount>;
  progressByColumn: Record<number, ProgressCount>;
  /** Responsibilities whose role nobody holds in this program. */
  unownedResponsibilityIds: number[];
}

export interface Matrix {
  columns: MatrixColumn[];
  roles: MatrixRole[];
  responsibilities: Responsibility[];
  program: ProgramMatrix | null;
}

/** What a deleted responsibility was, so the UI can offer undo. */
export interface DeletedResponsibility {
  responsibility: Responsibility;
  statuses: (ResponsibilityProgress & { programId: number })[];
}

const id = z.number().int().positive();
const text = (what: string, max: number) =>
  z
    .string({ error: `Enter the ${what}.` })
    .trim()
    .min(1, { error: `Enter the ${what}.` })
    .max(max, { error: `Keep the ${what} under ${max} characters.` });
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as YYYY-MM-DD.' })
  .nullish()
  .transform((v) => v ?? null);

const deletedResponsibility = z.object({
  responsibility: z.object({
    id,
    roleId: id,
    columnId: id,
    text: text('responsibility', 1000),
    position: z.number().int().min(0),
  }),
  statuses: z.array(
    z.object({
      programId: id,
      responsibilityId: id,
      status: z.enum(responsibilityStatuses),
      statusDate: isoDate,
      note: z
        .string()
        .max(2000)
        .nullish()
        .transform((v) => v ?? null),
    }),
  ),
});

/** The matrix as a program tracks it names the program and the people who hold its roles. */
const matrixReads = ['matrix', 'programs', 'faculty'] as const;
const changes = ['matrix'] as const;

export const matrixContract = {
  'matrix.get': operation<Matrix>()(z.object({ programId: id.optional() }), { reads: matrixReads }),
  'matrix.addResponsibility': operation<Responsibility>()(
    z.object({
      roleId: id,
      columnId: id,
      text: text('responsibility', 1000),
      position: z.number().int().min(0).optional(),
    }),
    { changes },
  ),
  'matrix.updateResponsibility': operation<Responsibility>()(z.object({ id, text: text('responsibility', 1000) }), {
    changes,
  }),
  'matrix.moveResponsibility': operation<Responsibility>()(
    z.object({ id, roleId: id, columnId: id, position: z.number().int().min(0) }),
    { changes },
  ),
  'matrix.deleteResponsibility': operation<DeletedResponsibility>()(z.object({ id }), { changes }),
  'matrix.restoreResponsibility': operation<Responsibility>()(deletedResponsibility, { changes }),
  'matrix.addRole': operation<MatrixRole>()(z.object({ name: text('role name', 200) }), { changes }),
  'matrix.renameRole': operation<MatrixRole>()(z.object({ id, name: text('role name', 200) }), { changes }),
  'matrix.moveRole': operation<MatrixRole[]>()(z.object({ id, position: z.number().int().min(0) }), { changes }),
  'matrix.addColumn': operation<MatrixColumn>()(z.object({ heading: text('column heading', 200) }), { changes }),
  'matrix.renameColumn': operation<MatrixColumn>()(z.object({ id, heading: text('column heading', 200) }), { changes }),
  'matrix.moveColumn': operation<MatrixColumn[]>()(z.object({ id, position: z.number().int().min(0) }), { changes }),
  'matrix.reset': operation<Matrix>()(z.object({ confirm: z.literal(true, { error: 'Confirm the reset first.' }) }), {
    changes,
  }),
  'matrix.setHolder': operation<RoleHolder>()(
    z
      .object({
        programId: id,
        roleId: id,
        facultyId: id.nullish(),
        officeName: z.string().trim().max(200).nullish(),
      })
      .refine((v) => Boolean(v.facultyId) !== Boolean(v.officeName), {
        error: 'Choose a person or enter an office name (one of the two).',
        path: ['facultyId'],
      }),
    { changes },
  ),
  'matrix.removeHolder': operation<{ removed: true }>()(z.object({ id }), { changes }),
  'matrix.setStatus': operation<ResponsibilityProgress>()(
    z.object({
      programId: id,
      responsibilityId: id,
      status: z.enum(responsibilityStatuses),
      statusDate: isoDate,
      note: z
        .string()
        .trim()
        .max(2000)
        .nullish()
        .transform((v) => (v ? v : null)),
    }),
    { changes },
  ),
  'matrix.export': operation<ExportedFile>()(
    z.object({ format: z.enum(['pdf', 'xlsx'], { error: 'Choose PDF or Excel.' }), programId: id.optional() }),
    { reads: matrixReads },
  ),
  'matrix.expectationsFor': operation<{ role: PersonRole; roleName: string; responsibilities: string[] }[]>()(
    z.object({ facultyId: id }),
    { reads: ['matrix', 'mentorships', 'peerGroups', 'faculty'] },
  ),
};
