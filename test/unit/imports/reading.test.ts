import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawRow } from '../../../electron/core/spreadsheets/cells';
import { defaultLimits, withLimits } from '../../../electron/core/spreadsheets/limits';
import { openSpreadsheet, rowsOf } from '../../../electron/core/spreadsheets/read';
import { fixture, scratch, windows1252, writeWorkbook } from './helpers/files';
import { buildXlsx, buildZip, dateStyles } from './helpers/zip';

async function readAll(path: string, limits = defaultLimits, sheet?: string): Promise<RawRow[]> {
  const source = await openSpreadsheet(path, limits);
  try {
    const rows: RawRow[] = [];
    for await (const row of rowsOf(source, sheet ?? source.sheets[0]!.name)) rows.push(row);
    return rows;
  } finally {
    await source.close();
  }
}

describe('reading spreadsheets', () => {
  let files: ReturnType<typeof scratch>;
  beforeEach(() => {
    files = scratch();
  });
  afterEach(() => files.remove());

  it('streams the shared fixtures: xlsx with formulas and rich text, and a UTF-8 CSV', async () => {
    const roster = await readAll(fixture('faculty-roster.xlsx'));
    expect(roster[0]!.cells[0]).toMatch(/Active Faculty Roster/);
    const total = roster.find((r) => r.cells[0] === 'Total')!;
    // The formula's cached result, never the formula text.
    expect(total.cells[1]).toBe(301);
    expect(total.aggregate).toBe(true);
    const anderson = roster.find((r) => r.cells[0] === 'E0100000')!;
    expect(anderson.cells[10]).toBe('On leave until Jan');
    expect((anderson.cells[8] as Date).toISOString()).toBe('2016-07-01T00:00:00.000Z');

    const source = await openSpreadsheet(fixture('survey-googleforms.csv'), defaultLimits);
    expect(source).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rows: RawRow[] = [];
    for await (const row of rowsOf(source, source.sheets[0]!.name)) rows.push(row);
    expect(rows).toHaveLength(162);
    // Quoted fields keep their commas and doubled quotes; every value is a string.
    expect(rows[1]!.cells[9]).toBe('Serious mental illness, Work-life integration');
    expect(rows[1]!.cells[11]).toBe('=HYPERLINK("http://evil.example","click")');
    expect(rows[1]!.cells[10]).toBe('0');
  });

  it('lists sheets and reads the chosen one', async () => {
    const path = await writeWorkbook(
      files.path('two.xlsx'),
      [
        ['Name', 'Email'],
        ['Ada', 'ada@x.edu'],
      ],
      { sheet: 'Roster', extraSheets: ['Cover'] },
    );
    const source = await openSpreadsheet(path, defaultLimits);
    expect(source.sheets.map((s) => s.name)).toEqual(['Cover', 'Roster']);
    await source.close();
    expect((await readAll(path, defaultLimits, 'Roster')).map((r) => r.cells)).toEqual([
      ['Name', 'Email'],
      ['Ada', 'ada@x.edu'],
    ]);
    await expect(readAll(path, defaultLimits, 'Nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads date cells by their UTC parts and honours the 1904 date system', async () => {
    const path = files.path('d1904.xlsx');
    await writeWorkbook(
      path,
      [
        ['Name', 'Start'],
        ['A', 0],
      ],
      { date1904: true },
    );
    // Serial 0 with a date format is 1904-01-01 in the 1904 system (1899-12-30 in the 1900 one).
    const styled = buildXlsx(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Start</t></is></c></row><row r="2"><c r="A2" s="1"><v>0</v></c></row><row r="3"><c r="A3" s="1"><v>43282.5</v></c></row>',
      {
        workbookPr: '<workbookPr date1904="true"/>',
        styles: dateStyles,
      },
    );
    const rows = await readAll(files.write('true1904.xlsx', styled));
    expect((rows[1]!.cells[0] as Date).toISOString()).toBe('1904-01-01T00:00:00.000Z');
    // 43282.5 in 1904 = 2022-07-02 12:00 (1462 days later than in 1900).
    expect((rows[2]!.cells[0] as Date).toISOString()).toBe('2022-07-02T12:00:00.000Z');
    const plain = buildXlsx('<row r="1"><c r="A1" s="1"><v>43282</v></c></row>', { styles: dateStyles });
    expect(((await readAll(files.write('1900.xlsx', plain)))[0]!.cells[0] as Date).toISOString()).toBe(
      '2018-07-01T00:00:00.000Z',
    );
  });

  it('gives a formula its cached result (a date when formatted as one), hyperlinks and rich text their text, errors nothing', async () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><f>TODAY()</f><v>45000</v></c><c r="C1" t="str"><f>HYPERLINK("http://x","Open")</f><v>Open</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="b"><v>1</v></c></row>';
    const rows = await readAll(files.write('f.xlsx', buildXlsx(xml, { sharedStrings: ['Plain'], styles: dateStyles })));
    expect(rows[0]!.cells[0]).toBe('Plain');
    expect((rows[0]!.cells[1] as Date).toISOString().slice(0, 10)).toBe('2023-03-15');
    expect(rows[0]!.cells.slice(2)).toEqual(['Open', null, true]);
  });

  it('reads shared strings and styles even when the sheet comes first in the zip, without temporary copies', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('tmp-')).length;
    const rows = await readAll(
      files.write(
        'order.xlsx',
        buildXlsx('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45000</v></c></row>', {
          sharedStrings: ['zero', 'one'],
          styles: dateStyles,
        }),
      ),
    );
    expect(rows[0]!.cells[0]).toBe('one');
    expect(rows[0]!.cells[1]).toBeInstanceOf(Date);
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('tmp-')).length).toBe(before);
  });

  describe('CSV', () => {
    it('detects Windows-1252 with semicolons (Excel on a European Windows)', async () => {
      const text =
        'Name;Département;Comment\r\nJosé Núñez;Pédiatrie;“Très bien” – merci\r\nZoë Brontë;Médecine;"a;b"\r\n';
      const source = await openSpreadsheet(files.write('eu.csv', windows1252(text)), defaultLimits);
      expect(source).toMatchObject({ encoding: 'windows-1252', delimiter: ';' });
      const rows: RawRow[] = [];
      for await (const row of rowsOf(source, source.sheets[0]!.name)) rows.push(row);
      expect(rows.map((r) => r.cells)).toEqual([
        ['Name', 'Département', 'Comment'],
        ['José Núñez', 'Pédiatrie', '“Très bien” – merci'],
        ['Zoë Brontë', 'Médecine', 'a;b'],
      ]);
    });

    it('reads UTF-8 with a byte-order mark, tabs, UTF-16 and an Excel sep= line', async () => {
      const bom = await openSpreadsheet(
        files.write(
          'bom.csv',
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name,Email\nAdá,a@x.edu\n')]),
        ),
        defaultLimits,
      );
      expect(bom.encoding).toBe('utf-8');
      expect((await readAll(bom.path))[0]!.cells).toEqual(['Name', 'Email']);
      expect((await readAll(files.write('t.tsv', 'Name\tEmail\tDept\nAda\ta@x.edu\tMed\n')))[1]!.cells).toEqual([
        'Ada',
        'a@x.edu',
        'Med',
      ]);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\tEmail\nZoë\tz@x.edu\n', 'utf16le')]);
      expect((await readAll(files.write('u16.txt', utf16)))[1]!.cells).toEqual(['Zoë', 'z@x.edu']);
      const sep = await readAll(files.write('sep.csv', 'sep=;\nName;Email\nAda;a@x.edu\n'));
      expect(sep.map((r) => [r.number, ...r.cells])).toEqual([
        [2, 'Name', 'Email'],
        [3, 'Ada', 'a@x.edu'],
      ]);
    });

    it('numbers rows by record, so a comment spanning lines keeps the rows after it right', async () => {
      const rows = await readAll(files.write('ml.csv', 'Name,Comment\nAda,"line one\nline two"\nBen,short\n'));
      expect(rows.map((r) => [r.number, r.cells[0]])).toEqual([
        [1, 'Name'],
        [2, 'Ada'],
        [3, 'Ben'],
      ]);
    });
  });

  describe('refusals, before anything is read', () => {
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

    it('a password-protected workbook (an OLE2 container) → FILE_PASSWORD_PROTECTED', async () => {
      const encrypted = Buffer.concat([
        ole2,
        Buffer.alloc(504),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(64),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(1024),
      ]);
      await expect(openSpreadsheet(files.write('protected.xlsx', encrypted), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_PASSWORD_PROTECTED',
        message: expect.stringMatching(/password/),
      });
      // Only the OLE2 signature, named .xlsx: still a protected workbook.
      await expect(
        openSpreadsheet(files.write('bare.xlsx', Buffer.concat([ole2, Buffer.alloc(2048)])), defaultLimits),
      ).rejects.toMatchObject({ code: 'FILE_PASSWORD_PROTECTED' });
    });

    it('a legacy .xls → FILE_LEGACY_XLS with how to convert it', async () => {
      const xls = Buffer.concat([ole2, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(1024)]);
      await expect(openSpreadsheet(files.write('old.xls', xls), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_LEGACY_XLS',
        message: expect.stringMatching(/Save As/),
      });
      await expect(
        openSpreadsheet(files.write('page.xls', '<html><table></table></html>'), defaultLimits),
      ).rejects.toMatchObject({ code: 'FILE_LEGACY_XLS' });
    });

    it('corrupt, empty, missing and unsupported files', async () => {
      await expect(
        openSpreadsheet(files.write('junk.xlsx', 'this is not a workbook'), defaultLimits),
      ).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
      const good = buildXlsx('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>');
      await expect(
        openSpreadsheet(files.write('cut.xlsx', good.subarray(0, good.length - 40)), defaultLimits),
      ).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
      const broken = buildXlsx('<row r="1"><c r="A1"><v>1</v></c></row></sheetData><oops', {});
      await expect(readAll(files.write('badxml.xlsx', broken))).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
      await expect(openSpreadsheet(files.write('empty.csv', ''), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_CORRUPT',
      });
      await expect(openSpreadsheet(files.path('absent.xlsx'), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_NOT_FOUND',
      });
      await expect(openSpreadsheet(files.write('a.pdf', '%PDF-1.7'), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_UNSUPPORTED',
      });
      await expect(
        openSpreadsheet(
          files.write('a.ods', buildZip([{ name: 'content.xml', data: Buffer.from('<x/>') }])),
          defaultLimits,
        ),
      ).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED' });
    });

    it('files over the configured size, row and column limits', async () => {
      const csv = files.write('big.csv', `a,b\n${'1,2\n'.repeat(50)}`);
      await expect(openSpreadsheet(csv, withLimits({ maxFileBytes: 100 }))).rejects.toMatchObject({
        code: 'FILE_TOO_LARGE',
      });
      await expect(readAll(csv, withLimits({ maxRows: 10 }))).rejects.toMatchObject({
        code: 'FILE_TOO_LARGE',
        message: expect.stringMatching(/more than 10 rows/),
      });
      await expect(readAll(csv, withLimits({ maxColumns: 1 }))).rejects.toMatchObject({
        code: 'FILE_TOO_LARGE',
        message: expect.stringMatching(/columns/),
      });
      const wide = await writeWorkbook(files.path('wide.xlsx'), [Array.from({ length: 30 }, (_, i) => `c${i}`)]);
      await expect(readAll(wide, withLimits({ maxColumns: 20 }))).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
      const long = await writeWorkbook(
        files.path('long.xlsx'),
        Array.from({ length: 30 }, (_, i) => [`r${i}`]),
      );
      await expect(readAll(long, withLimits({ maxRows: 20 }))).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    });

    it('a zip bomb is refused from its directory, before anything inflates', async () => {
      // 64 MB of zeros compresses to ~64 KB: a ratio of about 1000.
      const zeros = buildZip([
        { name: '_rels/.rels', data: Buffer.from('<Relationships/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024) },
      ]);
      await expect(openSpreadsheet(files.write('bomb.xlsx', zeros), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_ZIP_BOMB',
      });
      // The total is checked too: a directory declaring 2 GB from a tiny file.
      const declared = buildXlsx('<row r="1"><c r="A1"><v>1</v></c></row>', { sheetDeclaredSize: 2_000_000_000 });
      await expect(openSpreadsheet(files.write('declared.xlsx', declared), defaultLimits)).rejects.toMatchObject({
        code: 'FILE_ZIP_BOMB',
      });
    });

    it('a directory that understates a part is caught while reading, not trusted', async () => {
      const rows = Array.from(
        { length: 200 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
      ).join('');
      const liar = buildXlsx(rows, { sheetDeclaredSize: 300 });
      await expect(readAll(files.write('liar.xlsx', liar))).rejects.toMatchObject({ code: 'FILE_ZIP_BOMB' });
    });
  });
});
