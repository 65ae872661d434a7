import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempCore, tempDir, testPassphrase, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

describe('trellis auto-lock', { timeout: 120_000 }, () => {
  let home: ReturnType<typeof tempDir>;
  let made: TempCore;
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, 'auto-lock', ...args], {
      home: home.path,
      env: { TRELLIS_PASSPHRASE: testPassphrase },
    });

  beforeAll(async () => {
    home = tempDir('trellis-cli-auto-lock-');
    made = await createTempCore();
    await made.core.close();
  });
  afterAll(async () => {
    await made.dispose();
    home.remove();
  });

  it('shows the setting, sets it to a choice or never, and refuses other values with nothing changed', async () => {
    const shown = await run([]);
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toBe('Trellis locks after 15 minutes without use, with a warning 30 seconds before.\n');

    const set = await run(['5', '--json']);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({ minutes: 5 });

    const wrong = await run(['7']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('Choose 5, 10, 15, 30, 60 or never.');
    expect(JSON.parse((await run(['--json'])).stdout)).toEqual({ minutes: 5 });

    expect((await run(['never'])).stdout).toBe('Trellis does not lock by itself.\n');
    expect(JSON.parse((await run(['--json'])).stdout)).toEqual({ minutes: null });
  });
});
