import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDictionary } from '../../../electron/core/exports/dictionary';
import { addCycle, addNomination } from '../../support/awards';
import { failure } from '../../support/backups';
import { createTempCore, type TempCore } from '../../support/tempCore';

/** Text a spreadsheet would run as a formula, and text that needs CSV quoting. */
const formula = '=HYPERLINK("http://evil.example","click")';
const quoted = 'Nguyễn, "Minh" Khai';

describe('exporting every record in open formats', { timeout: 120_000 }, () => {
  let temp: TempCore;
  afterEach(async () => temp?.dispose());

  async function withRecords(): Promise<{ letterBytes: Buffer; letterId: number; nominationId: number }> {
    temp = await createTempCore();
    const { core } = temp;
    const nominee = await core.call('faculty.create', {
      name: quoted,
      email: 'minh@med.example.edu',
      rank: 'Professor',
      department: formula,
    });
    const nominator = await core.call('faculty.create', {
      name: '+Plus Sign',
      email: 'plus@med.example.edu',
      rank: 'Professor',
      department: '@Medicine',
    });
    const cycleId = await addCycle(core);
    const nominationId = await addNomination(core, {
      cycleId,
      nomineeId: nominee.id,
      nominatorId: nominator.id,
      letters: [{ kind: 'support', title: 'From the chair', pages: ['CHAIR LETTER'] }],
    });
    const letter = await core.session
      .require()
      .kysely.selectFrom('nomination_letters')
      .select(['id', 'bytes'])
      .executeTakeFirstOrThrow();
    return { letterBytes: letter.bytes, letterId: letter.id, nominationId };
  }

  it('CSV: one file per table (UTF-8 with BOM, RFC 4180), escaped formulas, a data dictionary, the letters as PDFs, owner-only', async () => {
    const { letterBytes, letterId, nominationId } = await withRecords();
    const out = join(temp.dir, 'Trellis export');
    const result = await temp.core.call('exports.all', { path: out, format: 'csv' });
    expect(result).toMatchObject({ path: out, format: 'csv', attachments: 1 });
    expect(result.tables.faculty).toBe(2);

    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).sort();
    expect(files).toEqual(
      expect.arrayContaining(['faculty.csv', 'audit_log.csv', 'data-dictionary.csv', 'meetings.csv', 'letters']),
    );
    const letterFile = `letters/nomination-${nominationId}-letter-${letterId}-support.pdf`;
    expect(readFileSync(join(out, letterFile)).equals(letterBytes)).toBe(true);

    const faculty = readFileSync(join(out, 'faculty.csv'), 'utf8');
    expect(faculty.startsWith('\uFEFFid,name,email,employee_id,department,')).toBe(true);
    const lines = faculty.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two people, and the empty string after the last CRLF
    expect(lines[1]).toContain(
      `,"Nguyễn, ""Minh"" Khai",minh@med.example.edu,,"'=HYPERLINK(""http://evil.example"",""click"")",`,
    );
    expect(lines[2]).toContain(`,'+Plus Sign,plus@med.example.edu,,'@Medicine,`);

    const letters = readFileSync(join(out, 'nomination_letters.csv'), 'utf8');
    expect(letters).toContain(`,${letterFile},`);
    const dictionary = readFileSync(join(out, 'data-dictionary.csv'), 'utf8');
    expect(dictionary).toContain('\r\nmentorships,status,text,Status,"proposed, active, ended"\r\n');
    expect(dictionary).not.toContain('(not described yet)');

    if (process.platform !== 'win32') {
      for (const file of files.filter((f) => f.endsWith('.csv') || f.endsWith('.pdf')))
        expect(statSync(join(out, file)).mode & 0o777).toBe(0o600);
    }
    const audit = await temp.core.session
      .require()
      .kysely.selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      operation: 'exports.all',
      record_type: 'export',
      record_id: 'csv',
      actor: 'test-user',
    });
    expect((await failure(temp.core.call('exports.all', { path: out }))).code).toBe('FILE_EXISTS');
  });

  it('xlsx in a zip: one sheet per table with formulas escaped as text, and the dictionary', async () => {
    const { letterBytes } = await withRecords();
    const out = join(temp.dir, 'export.zip');
    await temp.core.call('exports.all', { path: out, format: 'xlsx' });
    const members = await unzip(out);
    expect(Object.keys(members).sort()).toEqual(
      expect.arrayContaining(['export/Trellis records.xlsx', 'export/data-dictionary.csv']),
    );
    const letter = Object.entries(members).find(([name]) => name.startsWith('export/letters/'));
    expect(letter?.[1].equals(letterBytes)).toBe(true);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(members['export/Trellis records.xlsx']! as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('faculty')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('name');
    expect(sheet.getRow(2).getCell(2).value).toBe(quoted);
    expect(sheet.getRow(2).getCell(5).value).toBe(`'${formula}`);
    expect(sheet.getRow(3).getCell(2).value).toBe("'+Plus Sign");
    expect(sheet.getRow(2).getCell(1).value).toBe(1);
    expect(workbook.getWorksheet('data dictionary')!.getRow(1).values).toEqual([
      undefined,
      'table',
      'column',
      'type',
      'meaning',
      'allowed values',
    ]);
  });

  it('the data dictionary describes every column of every table of the schema', async () => {
    temp = await createTempCore();
    const sqlite = temp.core.session.require().sqlite;
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`,
      )
      .pluck()
      .all() as string[];
    const missing = tables.flatMap((table) =>
      (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
        .filter((c) => !dataDictionary[table]?.columns[c.name])
        .map((c) => `${table}.${c.name}`),
    );
    expect(missing).toEqual([]);
  });
});

async function unzip(path: string): Promise<Record<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const members: Record<string, Buffer> = {};
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    members[entry.fileName] = Buffer.concat(chunks);
  }
  zip.close();
  return members;
}
