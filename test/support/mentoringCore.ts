import { expect } from 'vitest';
import type { OperationInput } from '../../electron/core/contract';
import type { Core } from '../../electron/core/core';
import type { ErrorCode } from '../../electron/common/errors';
import { TrellisError } from '../../electron/common/errors';
import type { Faculty } from '../../electron/core/faculty/contract';
import type { Rank } from '../../electron/common/ranks';
import { createTempCore } from './tempCore';

/**
 * A real core on a real encrypted database in a temporary folder (the shared
 * test support), with a fixed "today" that tests may move.
 */
export const defaultToday = '2025-06-15';

export interface TestCore {
  core: Core;
  /** The folder holding the database and its key file. */
  dir: string;
  setToday(date: string): void;
  close(): Promise<void>;
}

export async function openTestCore(today = defaultToday): Promise<TestCore> {
  let now = new Date(`${today}T12:00:00Z`);
  const temp = await createTempCore({ actor: 'test', now: () => now, logError: () => undefined });
  return {
    core: temp.core,
    dir: temp.dir,
    setToday(date) {
      now = new Date(`${date}T12:00:00Z`);
    },
    close: () => temp.dispose(),
  };
}

let emailCounter = 0;

export async function addPerson(
  core: Core,
  name: string,
  rank: Rank,
  department: string,
  extra: Partial<OperationInput<'faculty.create'>> = {},
): Promise<Faculty> {
  emailCounter += 1;
  return core.call('faculty.create', {
    name,
    email: `person${emailCounter}@med.example.edu`,
    rank,
    department,
    appointmentStart: '2015-07-01',
    ...extra,
  });
}

export async function addProgram(core: Core, extra: Partial<OperationInput<'programs.create'>> = {}) {
  return core.call('programs.create', {
    name: 'Early Career Faculty Mentoring Program',
    sponsor: 'Office of Academic Affairs',
    targetRanks: ['Assistant Professor'],
    ...extra,
  });
}

/** A small department roster most tests start from. */
export async function addPeople(core: Core) {
  return {
    professor: await addPerson(core, 'Ana García', 'Professor', 'Medicine'),
    associate: await addPerson(core, 'Bo Li', 'Associate Professor', 'Medicine'),
    assistant: await addPerson(core, 'Chinwe Okafor', 'Assistant Professor', 'Medicine'),
    pediatrician: await addPerson(core, 'Søren Lindqvist', 'Professor', 'Pediatrics'),
    newcomer: await addPerson(core, 'Nguyễn Thảo', 'Assistant Professor', 'Pediatrics'),
  };
}

/** Awaits a call that must fail, and checks its stable code. */
export async function expectError(promise: Promise<unknown>, code: ErrorCode): Promise<TrellisError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TrellisError);
    expect((error as TrellisError).code).toBe(code);
    return error as TrellisError;
  }
  throw new Error(`Expected ${code}, but the call succeeded.`);
}

export function database(core: Core) {
  return core.session.require().kysely;
}

export async function auditCount(core: Core): Promise<number> {
  const row = await database(core)
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
