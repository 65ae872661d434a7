import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutBidiControls } from '../../../electron/common/text';
import { createTempCore, testPassphrase, type TempCore } from '../../support/tempCore';
import { scratch, writeWorkbook } from '../imports/helpers/files';

/** "Ana" + RIGHT-TO-LEFT OVERRIDE + "gnp.exe" displays as "Anaexe.png". */
const spoofed = 'Ana\u202Egnp.exe';

describe('bidirectional override controls', () => {
  let temp: TempCore;
  let files: ReturnType<typeof scratch>;
  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    files = scratch();
  });
  afterEach(async () => temp.dispose());
  afterEach(() => files.remove());

  it('are removed from every kind of control character, and leave right-to-left text alone', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(withoutBidiControls(`a${control}b`)).toBe('ab');
    }
    expect(withoutBidiControls('سارة العلي')).toBe('سارة العلي');
    expect(withoutBidiControls('שרה כהן')).toBe('שרה כהן');
  });

  it('never reach the directory from a form', async () => {
    const person = await temp.core.call('faculty.create', {
      name: spoofed,
      email: 'ana@univ.edu',
      department: `Medicine\u2066`,
      rank: 'Assistant Professor',
      interests: [`trauma\u202D`],
    });
    expect(person).toMatchObject({ name: 'Anagnp.exe', department: 'Medicine', interests: ['trauma'] });
    const stored = await temp.core.call('faculty.get', { id: person.id });
    expect(stored.name).toBe('Anagnp.exe');
  });

  it('never reach the directory from a spreadsheet, CSV or Excel', async () => {
    const csv = files.write(
      'roster.csv',
      `Name,Email,Department,Rank\n${spoofed},ana@univ.edu,Medicine,Assistant Professor\n`,
    );
    const xlsx = await writeWorkbook(files.path('roster.xlsx'), [
      ['Name', 'Email', 'Department', 'Rank'],
      [`Ben\u2067Okafor`, 'ben@univ.edu', `Surgery\u202B`, 'Associate Professor'],
    ]);
    for (const path of [csv, xlsx]) {
      const preview = await temp.core.call('imports.preview', { path, kind: 'roster' });
      await temp.core.call('imports.commit', { previewId: preview.previewId });
    }
    const { rows } = await temp.core.call('faculty.list', { sort: 'name' });
    expect(rows.map((r) => [r.name, r.department])).toEqual([
      ['Anagnp.exe', 'Medicine'],
      ['BenOkafor', 'Surgery'],
    ]);
  });

  it('are kept in a passphrase, which must stay exactly as typed', async () => {
    const odd = `${testPassphrase}\u202E`;
    await temp.core.call('vault.changePassphrase', { current: testPassphrase, next: odd });
    await temp.core.call('vault.lock', {});
    await expect(temp.core.call('vault.unlock', { passphrase: testPassphrase })).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await temp.core.call('vault.unlock', { passphrase: odd });
  });
});
