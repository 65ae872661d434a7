import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCycle, addNomination } from '../../support/awards';
import { readPdf } from '../../support/pdfText';
import { createTempCore, testPassphrase, tempDir, type TempCore } from '../../support/tempCore';
import { runTrellis } from './runTrellis';

describe('trellis awards packet / packets', { timeout: 120_000 }, () => {
  let made: TempCore;
  let out: ReturnType<typeof tempDir>;
  let cycleId: number;
  let minh: number;
  let padraig: number;
  const run = (args: string[]) =>
    runTrellis(['--db', made.databasePath, ...args], { home: out.path, env: { TRELLIS_PASSPHRASE: testPassphrase } });

  beforeAll(async () => {
    out = tempDir('trellis-cli-packets-');
    made = await createTempCore();
    const { core } = made;
    const person = (name: string, email: string) =>
      core.call('faculty.create', { name, email, rank: 'Professor', department: 'Medicine' });
    const nominee = await person('Nguyễn Thị Minh', 'minh@med.example.edu');
    const second = await person('Pádraig Ó Súilleabháin', 'padraig@med.example.edu');
    const nominator = await person('Ana García-López', 'ana@med.example.edu');
    cycleId = await addCycle(core, { maxSupportLetters: 1 });
    minh = await addNomination(core, {
      cycleId,
      nomineeId: nominee.id,
      nominatorId: nominator.id,
      letters: [{ kind: 'support', title: 'From the chair', pages: ['CHAIR LETTER'] }],
    });
    padraig = await addNomination(core, {
      cycleId,
      nomineeId: second.id,
      nominatorId: nominator.id,
      letters: [
        { kind: 'support', title: 'One', pages: ['SUPPORT ONE'] },
        { kind: 'support', title: 'Two', pages: ['SUPPORT TWO'] },
      ],
    });
    await core.close();
  });
  afterAll(async () => {
    await made.dispose();
    out.remove();
  });

  it('packet writes one nomination’s packet with its letters', async () => {
    const file = join(out.path, 'minh.pdf');
    const result = await run(['awards', 'packet', '--nomination', String(minh), '--out', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(file);
    const pdf = await readPdf(readFileSync(file));
    expect(pdf.pages[0]).toContain('Nguyễn Thị Minh');
    expect(pdf.pages.at(-1)).toBe('CHAIR LETTER');
    expect(pdf.pages[0]).toContain(`Page 1 of ${pdf.pageCount}`);
    expect(pdf.outline).toContain('Support letter: From the chair');

    const again = await run(['awards', 'packet', '--nomination', String(minh), '--out', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists. Choose another --out file, or add --force to replace it.`);
  });

  it('packet prints limit warnings on stderr and still writes the file; --json reports them', async () => {
    const file = join(out.path, 'padraig.pdf');
    const result = await run(['awards', 'packet', '--nomination', String(padraig), '--out', file, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `warning: Pádraig Ó Súilleabháin (nomination ${padraig}): 2 support letters; this cycle allows 1.\n`,
    );
    const json = JSON.parse(result.stdout) as { path: string; pages: number; warnings: { code: string }[] };
    expect(json.path).toBe(file);
    expect(json.warnings.map((w) => w.code)).toEqual(['TOO_MANY_SUPPORT_LETTERS']);
    expect((await readPdf(readFileSync(file))).pageCount).toBe(json.pages);
  });

  it('packets --out FILE writes one combined PDF with a bookmark per nominee', async () => {
    const file = join(out.path, 'committee.pdf');
    const result = await run(['awards', 'packets', '--cycle', String(cycleId), '--out', file]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(file);
    expect(result.stderr).toContain('2 support letters; this cycle allows 1.');
    const pdf = await readPdf(readFileSync(file));
    expect(pdf.outline.filter((l) => !l.startsWith(' '))).toEqual(['Nguyễn Thị Minh', 'Pádraig Ó Súilleabháin']);
    expect(pdf.outline).toContain('  Support letter 2: Two');
    expect(pdf.pages).toContain('SUPPORT TWO');
  });

  it('packets --out DIR (or --per-nominee) writes one safely named file per nominee', async () => {
    const folder = join(out.path, 'existing');
    mkdirSync(folder);
    const result = await run(['awards', 'packets', '--cycle', String(cycleId), '--out', folder]);
    expect(result.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['packet-nguyen-thi-minh.pdf', 'packet-padraig-o-suilleabhain.pdf']);
    expect(result.stdout.trim().split('\n')).toEqual([
      join(folder, 'packet-nguyen-thi-minh.pdf'),
      join(folder, 'packet-padraig-o-suilleabhain.pdf'),
    ]);

    const created = join(out.path, 'new-folder');
    const perNominee = await run(['awards', 'packets', '--cycle', String(cycleId), '--out', created, '--per-nominee']);
    expect(perNominee.code).toBe(0);
    expect(readdirSync(created)).toHaveLength(2);

    // One file already there: nothing is written, and it says which.
    const partial = join(out.path, 'partial');
    mkdirSync(partial);
    writeFileSync(join(partial, 'packet-padraig-o-suilleabhain.pdf'), 'keep me');
    const refused = await run(['awards', 'packets', '--cycle', String(cycleId), '--out', partial]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('packet-padraig-o-suilleabhain.pdf already exists');
    expect(readdirSync(partial)).toEqual(['packet-padraig-o-suilleabhain.pdf']);
    expect(readFileSync(join(partial, 'packet-padraig-o-suilleabhain.pdf'), 'utf8')).toBe('keep me');
  });

  it('says plainly what is wrong: an unknown nomination, no matching nominations, a bad status', async () => {
    const missing = await run(['awards', 'packet', '--nomination', '999', '--out', join(out.path, 'x.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('trellis: NOT_FOUND: That nomination no longer exists.\n');
    // `pdf packets` is the old name of `awards packets`, kept for scripts written before.
    const none = await run([
      'pdf',
      'packets',
      '--cycle',
      String(cycleId),
      '--status',
      'selected',
      '--out',
      join(out.path, 'none.pdf'),
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('This cycle has no nominations with the chosen statuses');
    expect(existsSync(join(out.path, 'none.pdf'))).toBe(false);
    const bad = await run(['awards', 'packets', '--cycle', String(cycleId), '--status', 'won', '--out', 'y.pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Choose one of:');
  });
});
