import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { filesContainingPlaintext } from '../../support/plaintextScan';
import { createTempCore, type TempCore } from '../../support/tempCore';
import { fixture } from './helpers/files';

describe('imported records at rest', () => {
  let temp: TempCore | undefined;
  afterEach(async () => temp?.dispose());

  it('leaves no imported answer, comment or name readable in the data folder, and no temporary copy of the sheet anywhere', async () => {
    temp = await createTempCore();
    const tempFilesBefore = new Set(readdirSync(tmpdir()));
    for (const [path, kind] of [
      [fixture('faculty-roster.xlsx'), 'roster'],
      [fixture('survey-msforms.xlsx'), 'survey'],
    ] as const) {
      const preview = await temp.core.call('imports.preview', {
        path,
        kind,
        ...(kind === 'survey'
          ? { newSurvey: { name: 'Annual Mentoring Survey', year: 2026, kind: 'annual' as const } }
          : {}),
      });
      await temp.core.call('imports.commit', { previewId: preview.previewId, decisions: { acceptEffects: ['all'] } });
    }
    expect(
      filesContainingPlaintext(temp.dir, [
        'Súilleabháin',
        'would like someone more available',
        'Serious mental illness',
        'Vice Chair for Faculty',
        'E0100119',
      ]),
    ).toEqual([]);
    // exceljs alone would copy a sheet that precedes its shared strings to an unencrypted temporary file.
    const newTempFiles = readdirSync(tmpdir()).filter((name) => !tempFilesBefore.has(name) && /^tmp-/.test(name));
    expect(newTempFiles).toEqual([]);
  });
});
