import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestHost } from '../../host/server';
import { browserTestToday } from '../../host/testClock';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { createDocumentRecords, names, solidPng, type DocumentRecords } from '../../support/documentRecords';
import { readPdf } from '../../support/pdfText';
import { screenshot, type AppPage } from '../support/chromium';
import { field, goTo } from '../support/ui';

/**
 * Documents as the office prepares them: preview a mentorship's agreement
 * (pages drawn by pdf.js under the app's Content Security Policy), zoom,
 * save and print it; the commitment form of a peer group; a service letter
 * for a period, and the plain message when there is nothing to document;
 * the Documents area; and the letterhead and wording in Settings.
 */

let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;
let records: DocumentRecords;

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      records = await createDocumentRecords(core);
      await core.call('documents.settings.update', {
        letterhead: {
          institution: 'Lakeside University School of Medicine',
          address: '1200 Lakeshore Drive\nLakeside, IL 60601',
        },
      });
    },
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

const preview = (title: string) => page.getByRole('dialog', { name: title, exact: true });

/** How many pixels of a drawn page are not white: a blank canvas has none. */
async function inkOn(pageNumber: number, pageCount: number): Promise<number> {
  const canvas = page.getByRole('img', { name: `Page ${pageNumber} of ${pageCount}` });
  await canvas.locator('xpath=..').and(page.locator('[data-drawn="true"]')).waitFor();
  return canvas.evaluate((element) => {
    const c = element as unknown as CanvasLike;
    const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) ink++;
    return ink;
  });
}

/** The few page objects these steps touch (the tests' TypeScript set-up has no DOM types). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } };
}
interface PageGlobals {
  print: () => void;
  printed?: string;
  document: {
    title: string;
    querySelectorAll(selector: string): { length: number };
    body: { classList: { contains(name: string): boolean } };
  };
}

describe('documents', () => {
  test('a mentorship’s agreement is previewed page by page, zoomed, saved as a PDF and printed', async () => {
    await page.goto(`${host.url}#/mentorships/${records.mentorshipId}`);
    await page.getByRole('heading', { level: 1, name: `${names.mentor} with ${names.mentee}` }).waitFor();
    await screenshot(page, '59-mentorship-page-agreement-button');
    await page.getByRole('button', { name: 'Agreement' }).click();
    const dialog = preview('Mentoring Partnership Agreement');
    await dialog.waitFor();
    await dialog.getByText('3 pages').waitFor();
    expect(await inkOn(1, 3)).toBeGreaterThan(2000);
    await screenshot(page, '60-agreement-preview');

    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await dialog.getByText('125%').waitFor();
    expect(await inkOn(1, 3)).toBeGreaterThan(2000);
    // The last page is drawn when it is scrolled to.
    await page.getByRole('img', { name: 'Page 3 of 3' }).scrollIntoViewIfNeeded();
    expect(await inkOn(3, 3)).toBeGreaterThan(500);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save PDF…' }).click(),
    ]);
    // Named by the people and the day it was made: the browser tests' day.
    expect(download.suggestedFilename()).toBe(
      `mentoring-agreement-maria-garcia-lopez-siobhan-o-suilleabhain-${browserTestToday}.pdf`,
    );
    const saved = await readPdf(await readFile((await download.path())!));
    expect(saved.pageCount).toBe(3);
    expect(saved.pages[0]).toContain('Lakeside University School of Medicine');
    expect(saved.pages.join(' ')).toContain(`Mentee: ${names.mentee}`);

    // Printing shows only the pages, one image per page; the browser's print dialog is replaced by a recorder.
    await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      page.print = () => {
        const images = page.document.querySelectorAll('body > .trellis-print-pages img').length;
        const printing = page.document.body.classList.contains('trellis-printing');
        page.printed = `${images} pages, printing=${printing}, title=${page.document.title}`;
      };
    });
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).printed !== undefined);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).printed)).toBe(
      '3 pages, printing=true, title=Mentoring Partnership Agreement',
    );
    expect(await page.locator('.trellis-print-pages').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close preview' }).click();
    expect(app.problems).toEqual([]);
  });

  test('a peer group’s commitment form, and a person’s service letter for a chosen period', async () => {
    await page.goto(`${host.url}#/peer-groups/${records.groupId}`);
    await page.getByRole('heading', { level: 1, name: 'Integrated Care Peer Group' }).waitFor();
    await page.getByRole('button', { name: 'Commitment form' }).click();
    const form = preview('Peer Mentoring Group Commitment');
    await form.getByText('2 pages').waitFor();
    expect(await inkOn(1, 2)).toBeGreaterThan(2000);
    await form.getByRole('button', { name: 'Close preview' }).click();

    await page.goto(`${host.url}#/faculty/${records.bystander.id}`);
    await page.getByRole('heading', { level: 1, name: names.bystander }).waitFor();
    await page.getByRole('button', { name: 'Service letter…' }).click();
    const period = page.getByRole('dialog', { name: `Service Portfolio letter for ${names.bystander}` });
    await field(period, 'From').fill('2025-07-01');
    await field(period, 'To').fill('2026-06-30');
    await period.getByRole('button', { name: 'Preview letter' }).click();
    await period
      .getByText(`${names.bystander} had no mentoring recorded between July 1, 2025 and June 30, 2026`, {
        exact: false,
      })
      .waitFor();
    await screenshot(page, '61-service-letter-no-mentoring-message');
    await period.getByRole('button', { name: 'Close' }).click();

    await page.goto(`${host.url}#/faculty/${records.mentor.id}`);
    await page.getByRole('heading', { level: 1, name: names.mentor }).waitFor();
    await screenshot(page, '61-person-page-service-letter-button');
    await page.getByRole('button', { name: 'Service letter…' }).click();
    const mentorPeriod = page.getByRole('dialog', { name: `Service Portfolio letter for ${names.mentor}` });
    await field(mentorPeriod, 'From').fill('2025-07-01');
    await field(mentorPeriod, 'To').fill('2026-06-30');
    await mentorPeriod.getByRole('button', { name: 'Preview letter' }).click();
    const letter = preview('Service Portfolio letter');
    await letter.waitFor();
    expect(
      await inkOn(1, (await letter.getByText(/^\d+ pages?$/).textContent())!.startsWith('1 ') ? 1 : 2),
    ).toBeGreaterThan(2000);
    await screenshot(page, '62-service-letter-preview');
    await letter.getByRole('button', { name: 'Close preview' }).click();
    expect(app.problems).toEqual([]);
  });

  test('the Documents area picks a record and a kind of document, and points to Awards for packets', async () => {
    await goTo(page, 'Documents');
    await page.getByText('Award nomination packets').waitFor();
    expect(await page.getByRole('button', { name: 'Preview' }).isDisabled()).toBe(true);
    await page.getByText('Choose a mentorship to preview its agreement.').waitFor();
    await screenshot(page, '63-documents-area');

    await page.getByRole('radio', { name: /Peer group commitment form/ }).click();
    await field(page, 'Peer group').click();
    await page.getByRole('option', { name: 'Integrated Care Peer Group' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    const form = preview('Peer Mentoring Group Commitment');
    await form.getByText('2 pages').waitFor();
    await form.getByRole('button', { name: 'Close preview' }).click();

    await page.getByRole('radio', { name: /Mentoring Partnership Agreement/ }).click();
    await field(page, 'Mentorship').fill('García');
    await page
      .getByRole('option', { name: `${names.mentee} with ${names.mentor} (Early Career Faculty Mentoring Program)` })
      .click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await preview('Mentoring Partnership Agreement').getByText('3 pages').waitFor();
    await preview('Mentoring Partnership Agreement').getByRole('button', { name: 'Close preview' }).click();
    expect(app.problems).toEqual([]);
  });

  test('Settings keeps the letterhead and the standard wording, with a confirmed reset to the default', async () => {
    await goTo(page, 'Settings');
    const letterhead = page.getByRole('form', { name: 'Letterhead' });
    await field(letterhead, 'Signatory name').fill('Dr. Amara Okonkwo-Haddad');
    await letterhead.getByRole('button', { name: 'Save letterhead' }).click();
    await page.getByText('Letterhead saved').waitFor();
    expect((await host.core.call('documents.settings.get', {})).letterhead.signatoryName).toBe(
      'Dr. Amara Okonkwo-Haddad',
    );

    await page.getByRole('button', { name: 'Service letter: closing paragraph' }).click();
    const closing = field(page, 'Service letter: closing paragraph');
    await closing.fill('With thanks for {name}’s generosity to colleagues.');
    await page.getByRole('button', { name: 'Save wording' }).click();
    await page.getByText('Wording saved').waitFor();
    expect((await host.core.call('documents.settings.get', {})).texts.letterClosing.isDefault).toBe(false);
    await closing.scrollIntoViewIfNeeded();
    await screenshot(page, '64-settings-document-wording');

    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('dialog', { name: /Reset “Service letter: closing paragraph” to the default\?/ }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset to default' }).click();
    await page.getByText('Default wording restored').waitFor();
    expect((await host.core.call('documents.settings.get', {})).texts.letterClosing.isDefault).toBe(true);

    // A logo: a real PNG is kept and shown; a file that is not an image is refused in plain words.
    const logo = page.getByRole('region', { name: 'Logo', exact: true });
    await logo.locator('input[type="file"]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: solidPng(240, 80),
    });
    await logo.getByRole('img', { name: 'The logo printed on documents' }).waitFor();
    expect((await host.core.call('documents.settings.get', {})).images.logo).toMatchObject({ width: 240, height: 80 });
    const signature = page.getByRole('region', { name: 'Signature', exact: true });
    await signature.locator('input[type="file"]').setInputFiles({
      name: 'signature.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not really a picture'),
    });
    await page.getByText('This file is not a PNG or JPEG image.', { exact: false }).waitFor();
    expect((await host.core.call('documents.settings.get', {})).images.signature).toBeNull();
    await page.getByRole('heading', { name: 'Letterhead' }).scrollIntoViewIfNeeded();
    await screenshot(page, '65-settings-letterhead');
    await logo.scrollIntoViewIfNeeded();
    await screenshot(page, '66-settings-logo-and-signature');
    expect(app.problems).toEqual([]);
  });
});
