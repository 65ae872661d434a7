import type { Core } from '../../electron/core/core';

/** A program with only what the matrix tests need; returns its id. */
export async function createProgram(core: Core, name: string): Promise<number> {
  const program = await core.call('programs.create', { name, sponsor: 'Office of Academic Affairs' });
  return program.id;
}
