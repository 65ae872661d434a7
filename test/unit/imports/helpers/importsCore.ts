import { afterEach, beforeEach } from 'vitest';
import { createTempCore, type TempCore } from '../../../support/tempCore';
import { fixture, scratch } from './files';

type Call = TempCore['core']['call'];

export interface ImportsTestCore {
  readonly temp: TempCore;
  readonly files: ReturnType<typeof scratch>;
  call: Call;
}

/**
 * The set-up the import test files share, registered as beforeEach and
 * afterEach of the file (or describe) that calls it: a real core on a new
 * encrypted database with its clock at `testNow`, a scratch folder for the
 * files a test writes, and then `prepare`.
 */
export function useImportsCore(prepare?: (call: Call) => Promise<unknown>): ImportsTestCore {
  let temp: TempCore;
  let files: ReturnType<typeof scratch>;
  const call: Call = (name, input) => temp.core.call(name, input);
  beforeEach(async () => {
    temp = await createTempCore();
    files = scratch();
    await prepare?.(call);
  });
  afterEach(async () => {
    await temp.dispose();
    files.remove();
  });
  return {
    get temp() {
      return temp;
    },
    get files() {
      return files;
    },
    call,
  };
}

/** Imports the HR roster fixture (300 people), as the office does before anything else. */
export async function importRosterFixture(call: Call) {
  const preview = await call('imports.preview', { path: fixture('faculty-roster.xlsx'), kind: 'roster' });
  return call('imports.commit', { previewId: preview.previewId });
}
