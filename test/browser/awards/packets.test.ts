import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { TestHost } from '../../host/server';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { addCycle, addNomination } from '../../support/awards';
import { readPdf } from '../../support/pdfText';
import { screenshot, screenshotDir, type AppPage } from '../support/chromium';
import { goTo } from '../support/ui';

/**
 * Nomination packets as the office prints them for the committee: the
 * cycle's limit warnings are listed before anything is generated, one
 * combined file opens in the preview with the pages the core made, one file
 * per nominee is listed to preview or save, Cancel during a run leaves
 * nothing behind, and a nomination's own packet is previewed after its
 * warnings. The records go in through the real core of the test host.
 */

const award = 'Department Mentoring Award';
const school = 'School Mentoring Award';
let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;
let cycleId: number;
const bigCycleSize = 40;
let overLongLetterId: number;
const people: Faculty[] = [];

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      const names = [
        'Siobhán Ó Súilleabháin',
        'Javier García-López',
        'Nguyễn Thảo',
        'Amara Okafor',
        'Bruno Silva',
        'Chen Wei',
        'Dana Levi',
      ];
      for (const [index, name] of names.entries())
        people.push(
          await core.call('faculty.create', {
            name,
            email: `person${index}@example.edu`,
            department: 'Medicine',
            rank: 'Professor',
          }),
        );
      const id = (name: string) => people.find((person) => person.name === name)!.id;
      // Limits: two support letters of at most two pages each.
      cycleId = await addCycle(core, { award, year: 2026, maxSupportLetters: 2, letterPageLimit: 2 });
      overLongLetterId = await addNomination(core, {
        cycleId,
        nomineeId: id('Siobhán Ó Súilleabháin'),
        nominatorId: id('Amara Okafor'),
        status: 'submitted',
        statement: 'Siobhán has mentored nine assistant professors to promotion.',
        letters: [
          { kind: 'nomination', title: 'Nomination letter', pages: ['Nomination letter for Siobhán'] },
          { kind: 'support', title: 'Support from Dr Levi', pages: ['Support, page one', 'page two', 'page three'] },
        ],
      });
      await addNomination(core, {
        cycleId,
        nomineeId: id('Javier García-López'),
        nominatorId: id('Bruno Silva'),
        status: 'under_review',
        letters: [
          { kind: 'support', title: 'Support one', pages: ['One'] },
          { kind: 'support', title: 'Support two', pages: ['Two'] },
          { kind: 'support', title: 'Support three', pages: ['Three'] },
        ],
      });
      await addNomination(core, {
        cycleId,
        nomineeId: id('Nguyễn Thảo'),
        nominatorId: id('Chen Wei'),
        status: 'selected',
      });
      // Not printed by default: a draft and a nomination the committee turned down.
      await addNomination(core, { cycleId, nomineeId: id('Chen Wei'), nominatorId: id('Dana Levi'), status: 'draft' });
      await addNomination(core, {
        cycleId,
        nomineeId: id('Dana Levi'),
        nominatorId: id('Chen Wei'),
        status: 'not_selected',
      });

      // A second award's cycle with many nominations, so a run lasts long enough to be cancelled.
      const bigCycleId = await addCycle(core, { award: school, year: 2026 });
      for (let index = 0; index < bigCycleSize; index++) {
        const nominee = await core.call('faculty.create', {
          name: `Nominee ${index + 1}`,
          email: `nominee${index}@example.edu`,
          department: 'Surgery',
          rank: 'Associate Professor',
        });
        await addNomination(core, { cycleId: bigCycleId, nomineeId: nominee.id, nominatorId: id('Amara Okafor') });
      }
    },
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

const packetsSection = () => page.getByRole('region', { name: 'Nomination packets' });

async function openCycle(name: string) {
  await goTo(page, 'Awards');
  await page.getByRole('link', { name: `${name} 2026` }).click();
  // Generous: on a shared machine the core may still be finishing an earlier test's packets.
  await page.getByRole('heading', { level: 1, name: `${name} 2026` }).waitFor({ timeout: 60_000 });
}

async function savedPdf(download: Download) {
  return readPdf(await readFile((await download.path())!));
}

describe('nomination packets', () => {
  test('the cycle’s warnings are listed before generating; the combined file opens in the preview', async () => {
    await openCycle(award);
    const section = packetsSection();
    // Default statuses: submitted, under review and selected (three of the five nominations).
    for (const status of ['Submitted (1)', 'Under review (1)', 'Selected (1)'])
      expect(await section.getByRole('checkbox', { name: status, exact: true }).isChecked()).toBe(true);
    for (const status of ['Draft (1)', 'Not selected (1)'])
      expect(await section.getByRole('checkbox', { name: status, exact: true }).isChecked()).toBe(false);

    // The limits are told before anything is generated, the same ones the core finds.
    const warnings = section.getByRole('alert', {
      name: '2 warnings about the cycle’s limits — the office may still print',
    });
    await warnings.waitFor();
    const expected = await host.core.call('awards.packets.check', { cycleId });
    expect(expected).toHaveLength(2);
    for (const warning of expected) await warnings.getByText(warning.message).waitFor();
    await warnings.getByText('Siobhán Ó Súilleabháin:').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await section.getByRole('button', { name: 'Generate 3 packets' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'packets-01-cycle-before-generating');

    await section.getByRole('button', { name: 'Generate 3 packets' }).click();
    const preview = page.getByRole('dialog', { name: `Nomination packets: ${award} 2026`, exact: true });
    const made = await host.core.call('awards.packets.generate', { cycleId, output: 'combined' });
    if (made.cancelled) throw new Error('the core’s own run was cancelled');
    await preview.getByText(`${made.pages} pages`, { exact: true }).waitFor();
    await preview.getByRole('img', { name: `Page 1 of ${made.pages}` }).waitFor();
    await preview.getByRole('img', { name: `Page ${made.pages} of ${made.pages}` }).waitFor({ state: 'attached' });
    await screenshot(page, 'packets-02-combined-preview');

    // Save PDF… hands over the combined file: every packet, a bookmark per nominee.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByRole('button', { name: 'Save PDF…' }).click(),
    ]);
    const saved = await savedPdf(download);
    expect(saved.pageCount).toBe(made.pages);
    // Kept beside the screenshots, to render its first pages and look at them.
    await download.saveAs(join(screenshotDir, 'packets-combined.pdf'));
    expect(saved.outline.filter((title) => !title.startsWith(' '))).toEqual([
      'Javier García-López',
      'Nguyễn Thảo',
      'Siobhán Ó Súilleabháin',
    ]);
    await preview.getByRole('button', { name: 'Close preview' }).click();
    await section.getByText(`3 packets, ${made.pages} pages in all.`).waitFor();
    expect(app.problems).toEqual([]);
  });

  test('one file per nominee: listed, previewed and saved one after the other', async () => {
    const section = packetsSection();
    await section.getByRole('radio', { name: /One file per nominee/ }).check();
    await section.getByRole('button', { name: 'Generate 3 packets' }).click();
    const files = section.getByRole('table', { name: 'Packet files' });
    await files.waitFor();
    const made = await host.core.call('awards.packets.generate', { cycleId, output: 'perNominee' });
    if (made.cancelled) throw new Error('the core’s own run was cancelled');
    expect(made.files).toHaveLength(3);
    expect(await files.getByRole('row').count()).toBe(1 + 3);
    for (const file of made.files) await files.getByRole('cell', { name: file.fileName, exact: true }).waitFor();
    await section.getByText('3 files are ready, one per nominee.').waitFor();
    await files.scrollIntoViewIfNeeded();
    await screenshot(page, 'packets-03-per-nominee-files');

    const first = made.files[0]!.fileName;
    await files.getByRole('button', { name: `Preview ${first}` }).click();
    const preview = page.getByRole('dialog', { name: `Nomination packet: ${first}`, exact: true });
    await preview.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor();
    await preview.getByRole('button', { name: 'Close preview' }).click();

    // Save all: each file is handed over in turn.
    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    await section.getByRole('button', { name: 'Save all' }).click();
    await expect.poll(() => downloads.length, { timeout: 10_000 }).toBe(3);
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(made.files.map((f) => f.fileName));
    const one = await savedPdf(downloads[2]!);
    expect(one.pages.join(' ')).toContain('Siobhán Ó Súilleabháin');
    expect(app.problems).toEqual([]);
  });

  test('with no nomination in the chosen statuses the section says what to do', async () => {
    const section = packetsSection();
    for (const status of ['Submitted (1)', 'Under review (1)', 'Selected (1)'])
      await section.getByRole('checkbox', { name: status, exact: true }).uncheck();
    await section.getByText('No nominations to print').waitFor();
    // The files of the last run went with the choices they were made from.
    expect(await section.getByRole('table', { name: 'Packet files' }).count()).toBe(0);
    await section.getByText('Choose which nominations to include above.').waitFor();
    await section.getByRole('checkbox', { name: 'Draft (1)' }).check();
    await section.getByRole('button', { name: 'Generate the packet' }).waitFor();
    await section.getByRole('checkbox', { name: 'Draft (1)' }).uncheck();
    await screenshot(page, 'packets-04-nothing-chosen');
  });

  test('Cancel while packets are being built leaves no result', async () => {
    await openCycle(school);
    const section = packetsSection();
    const generate = section.getByRole('button', { name: `Generate ${bigCycleSize} packets` });
    const cancelled = section.getByText('Generating was cancelled. Nothing was saved.');
    // The check builds every packet to count pages; it has finished before the run starts.
    await section.getByText('Every packet is within the cycle’s limits.').waitFor({ timeout: 120_000 });
    // Cancel as soon as the run shows its progress.
    await generate.click();
    await section.getByRole('progressbar', { name: 'Packets built' }).waitFor();
    // By keyboard: the core is busy building, and a pointer click can land while the layout is still settling.
    await section.getByRole('button', { name: 'Cancel' }).press('Enter');
    await cancelled.waitFor();
    expect(await section.getByRole('table', { name: 'Packet files' }).count()).toBe(0);
    expect(await section.getByText(/pages in all/).count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await generate.waitFor();
    await cancelled.scrollIntoViewIfNeeded();
    await screenshot(page, 'packets-06-cancelled');

    // Again, once some packets are built: the bar shows how far the run got, and Cancel still stops it.
    await generate.click();
    await section.getByText(new RegExp(`^Built [1-9]\\d* of ${bigCycleSize} packets$`)).waitFor();
    await screenshot(page, 'packets-05-building');
    // By keyboard: the core is busy building, and a pointer click can land while the layout is still settling.
    await section.getByRole('button', { name: 'Cancel' }).press('Enter');
    await cancelled.waitFor();
    expect(await section.getByText(/pages in all/).count()).toBe(0);
    expect(app.problems).toEqual([]);
  }, 300_000);

  test('a nomination’s packet: its warnings first, then the preview', async () => {
    await page.evaluate((id) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = `#/awards/nominations/${id}`;
    }, overLongLetterId);
    await page.getByRole('heading', { level: 1, name: 'Nomination of Siobhán Ó Súilleabháin' }).waitFor();
    await page.getByRole('button', { name: 'Packet', exact: true }).click();
    const expected = await host.core.call('awards.packets.one', { nominationId: overLongLetterId });
    expect(expected.warnings).toHaveLength(1);
    const before = page.getByRole('dialog', { name: 'Before you print' });
    await before.getByText(`The packet of Siobhán Ó Súilleabháin has ${expected.pages} pages.`).waitFor();
    await before.getByText(expected.warnings[0]!.message).waitFor();
    await screenshot(page, 'packets-07-nomination-warnings');
    await before.getByRole('button', { name: 'Preview the packet' }).click();
    const preview = page.getByRole('dialog', { name: 'Nomination packet: Siobhán Ó Súilleabháin', exact: true });
    await preview.getByText(`${expected.pages} pages`, { exact: true }).waitFor();
    await preview.getByRole('img', { name: `Page 1 of ${expected.pages}` }).waitFor();
    await screenshot(page, 'packets-08-nomination-preview');
    await preview.getByRole('button', { name: 'Close preview' }).click();
    expect(app.problems).toEqual([]);
  });
});
