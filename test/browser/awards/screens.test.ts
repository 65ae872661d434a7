import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Faculty } from '../../../electron/core/faculty/contract';
import type { TestHost } from '../../host/server';
import { browserTestStart } from '../../host/testClock';
import { openAppOnNewDatabase, type AppOnNewDatabase } from '../support/appOnNewDatabase';
import { encryptedLetterPdf, letterPdf } from '../../support/letterPdfs';
import { addSurveyAnswers } from '../../support/surveyAnswers';
import { screenshot, type AppPage } from '../support/chromium';
import { isoDaysFromToday, pickPerson } from '../support/mentoringUi';
import { choose, field, goTo } from '../support/ui';

/**
 * The Awards area as the office uses it: add an award and open a cycle,
 * nominate someone, upload letters (a password-protected one is refused
 * with its message; a long one is kept with a warning), move the
 * nomination through review, and read the diversity review of the pool.
 */

const award = 'Department Mentoring Award';
let opened: AppOnNewDatabase;
let host: TestHost;
let app: AppPage;
let page: Page;
const people: Faculty[] = [];

beforeAll(async () => {
  opened = await openAppOnNewDatabase({
    passphrase: 'maple lantern orbit quietly 42',
    seed: async (core) => {
      const roster: [string, string, 'Professor' | 'Associate Professor' | 'Assistant Professor'][] = [
        ['Siobhán Ó Súilleabháin', 'Medicine', 'Professor'],
        ['Javier García-López', 'Medicine', 'Associate Professor'],
        ['Nguyễn Thảo', 'Pediatrics', 'Professor'],
        ['Amara Okafor', 'Medicine', 'Professor'],
        ['Bruno Silva', 'Medicine', 'Associate Professor'],
        ['Chen Wei', 'Medicine', 'Professor'],
        ['Dana Levi', 'Medicine', 'Professor'],
        ['Erik Lund', 'Surgery', 'Professor'],
      ];
      for (const [index, [name, department, rank]] of roster.entries()) {
        people.push(await core.call('faculty.create', { name, email: `person${index}@example.edu`, department, rank }));
      }
    },
  });
  ({ host, app, page } = opened);
});

afterAll(() => opened?.close());

const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

/** A screenshot of the page without the notifications stacked over it (they close by themselves a little later). */
async function settle(name: string) {
  const show = (visibility: string) =>
    page.locator('.mantine-Notifications-root').evaluateAll((roots, value) => {
      // Only the visibility changes; Mantine's own inline styles stay.
      for (const root of roots) (root as unknown as { style: { visibility: string } }).style.visibility = value;
    }, visibility);
  await show('hidden');
  await screenshot(page, name);
  await show('');
}

describe('awards', () => {
  test('adds an award and opens a cycle', async () => {
    await goTo(page, 'Awards');
    await page.getByText('No awards yet').waitFor();
    await screenshot(page, 'awards-01-empty');

    await page.getByRole('button', { name: 'New award' }).first().click();
    const typeForm = page.getByRole('form', { name: 'Award details' });
    await field(typeForm, 'Name').fill(award);
    await field(typeForm, 'Description').fill('Recognises sustained, generous mentoring of junior colleagues.');
    await typeForm.getByRole('button', { name: 'Add award' }).click();
    await page.getByRole('table', { name: 'Award types' }).getByText(award, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'New cycle' }).click();
    const cycleForm = page.getByRole('form', { name: 'Cycle details' });
    await choose(page, 'Award', award, cycleForm);
    // A closing date before the opening date is refused next to the field.
    await cycleForm.getByLabel('Opens on').fill(isoDaysFromToday(-30));
    await cycleForm.getByLabel('Closes on').fill(isoDaysFromToday(-40));
    await cycleForm.getByRole('button', { name: 'Open cycle' }).click();
    await cycleForm.getByText('The closing date must be after the opening date.').waitFor();
    await cycleForm.getByLabel('Closes on').fill(isoDaysFromToday(30));
    await field(cycleForm, 'Criteria').fill('Evidence of mentoring outcomes over at least three years.');
    await cycleForm.getByRole('button', { name: 'Open cycle' }).click();
    // A new cycle is for the current year: the browser tests' year, whatever the real clock says.
    await heading(`${award} ${browserTestStart.getUTCFullYear()}`);
    await page.getByText('Open for nominations').first().waitFor();
    await page.getByText('No nominations yet').waitFor();
    await page.getByRole('region', { name: 'Nomination packets' }).getByText('No nominations to print').waitFor();
    await settle('awards-02-cycle-empty');
  });

  test('nominates someone, refuses a password-protected letter, keeps a long one with a warning', async () => {
    await page.getByRole('button', { name: 'New nomination' }).first().click();
    const form = page.getByRole('form', { name: 'Nomination' });
    await pickPerson(page, form, 'Nominee', 'Siobhán Ó Súilleabháin');
    await pickPerson(page, form, 'Nominator', 'Siobhán Ó Súilleabháin');
    await form
      .getByLabel('Nomination statement')
      .fill('Siobhán has mentored eleven assistant professors to promotion.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await form.getByText('A person cannot nominate themselves. Choose a different nominator or nominee.').waitFor();
    await screenshot(page, 'awards-02b-nomination-form-self-refused');
    await pickPerson(page, form, 'Nominator', 'Javier García-López');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await heading('Nomination of Siobhán Ó Súilleabháin');

    const upload = page.getByRole('group', { name: 'Upload a letter' });
    await upload.getByLabel('PDF file').setInputFiles({
      name: 'protected.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await encryptedLetterPdf()),
    });
    expect(await field(upload, 'Title').inputValue()).toBe('protected');
    await upload.getByRole('button', { name: 'Upload letter' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'protected.pdf is password-protected. Ask the writer for an unprotected copy.' })
      .waitFor();
    await settle('awards-03-encrypted-letter-refused');

    await upload.getByLabel('PDF file').setInputFiles({
      name: 'letter-from-dr-ruiz.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await letterPdf(3)),
    });
    await field(upload, 'Title').fill('Letter from Dr. Ruiz');
    await field(upload, 'Written by').fill('Dr. Elena Ruiz');
    await upload.getByRole('button', { name: 'Upload letter' }).click();
    await page.getByRole('table', { name: 'Letters' }).getByRole('cell', { name: 'letter-from-dr-ruiz.pdf' }).waitFor();
    await upload.getByText('“Letter from Dr. Ruiz” has 3 pages; this cycle allows 2 per letter.').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'password-protected' }).count()).toBe(0);
    await settle('awards-04-nomination-with-letter');
  });

  test('offers the mentees’ survey comments without names, and keeps only those chosen', async () => {
    const program = await host.core.call('programs.create', {
      name: 'Faculty Mentoring',
      sponsor: 'Office of Academic Affairs',
    });
    const mentee = await host.core.call('faculty.create', {
      name: 'Chidi Anagonye',
      email: 'chidi@example.edu',
      department: 'Medicine',
      rank: 'Assistant Professor',
    });
    await host.core.call('mentorships.create', {
      mentorId: people[0]!.id,
      menteeId: mentee.id,
      programId: program.id,
      startDate: '2022-01-01',
    });
    await addSurveyAnswers(host.core, [
      { facultyId: mentee.id, comment: 'Siobhán taught me to say no to the wrong things. — Chidi Anagonye' },
    ]);
    await page.reload();
    const panel = page.getByRole('region', { name: 'Mentees’ survey comments for the packet' });
    await panel.getByText('Siobhán taught me to say no to the wrong things. — [name removed]').waitFor();
    expect(await panel.getByText('Chidi').count()).toBe(0);
    await panel.getByText('None chosen yet.').waitFor();
    await panel.getByRole('button', { name: 'Choose' }).click();
    await panel.getByRole('button', { name: 'Chosen' }).waitFor();
    await panel.getByText('Chosen for the packet (1)').waitFor();
    await panel.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await settle('awards-05-comments');
  });

  test('moves the nomination through review to a decision', async () => {
    const statement = page.getByRole('textbox', { name: 'Nomination statement' });
    await statement.fill(
      'Siobhán has mentored eleven assistant professors to promotion, and chairs the mentoring committee.',
    );
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Save changes' }).and(page.locator(':disabled')).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('button', { name: 'Mark selected' }).click();
    await page.getByRole('button', { name: 'Reopen review' }).waitFor();
    const [row] = await host.core.call('awards.nominations.list', {
      cycleId: (await host.core.call('awards.cycles.list', {}))[0]!.id,
    });
    expect(row).toMatchObject({ status: 'selected', letterCount: 1 });
    expect((await host.core.call('awards.nominations.get', { id: row!.id })).statement).toMatch(
      /chairs the mentoring committee\.$/,
    );
    // Under the committee's eye, letters and statement stay as submitted.
    expect(await page.getByRole('group', { name: 'Upload a letter' }).count()).toBe(0);
    await settle('awards-05b-selected');
  });

  test('shows the diversity review with small groups hidden', async () => {
    const cycle = (await host.core.call('awards.cycles.list', {}))[0]!;
    for (const person of people.slice(2)) {
      await host.core.call('awards.nominations.create', {
        cycleId: cycle.id,
        nomineeId: person.id,
        nominatorId: people[1]!.id,
        statement: 'A generous mentor.',
      });
    }
    await page.getByRole('link', { name: `${award} ${cycle.year}` }).click();
    await heading(`${award} ${cycle.year}`);
    const nominations = page.getByRole('table', { name: 'Nominations' });
    await nominations.getByRole('link', { name: 'Siobhán Ó Súilleabháin' }).waitFor();
    expect(await nominations.getByRole('row').count()).toBe(8);

    const byDepartment = page.getByRole('table', { name: 'Nominees by department' });
    await byDepartment.scrollIntoViewIfNeeded();
    // Medicine 5; Pediatrics 1 and Surgery 1 are each fewer than 5.
    await expect.poll(() => byDepartment.getByRole('row', { name: /Medicine/ }).textContent()).toBe('Medicine5');
    expect(await byDepartment.getByRole('row', { name: /Pediatrics/ }).textContent()).toBe('PediatricsFewer than 5');
    expect(await byDepartment.getByRole('row', { name: /Surgery/ }).textContent()).toBe('SurgeryFewer than 5');
    // Ranks: Associate Professor (1) is small, so Professor (6) is hidden too, or it would give it away.
    const byRank = page.getByRole('table', { name: 'Nominees by rank' });
    expect(await byRank.getByRole('row', { name: /^Professor/ }).textContent()).toBe('ProfessorHidden');
    await page.getByText('7 nominees in all.', { exact: false }).waitFor();
    await page
      .getByRole('region', { name: 'Diversity review of the nominee pool' })
      .evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await settle('awards-06-diversity-review');

    // Raising the page limit in the cycle clears the letter's warning.
    await page.getByRole('button', { name: 'Edit cycle' }).click();
    const cycleForm = page.getByRole('form', { name: 'Cycle details' });
    await cycleForm.getByRole('textbox', { name: 'Pages per letter' }).fill('3');
    await cycleForm.getByRole('button', { name: 'Save changes' }).click();
    await cycleForm.waitFor({ state: 'detached' });
    await nominations
      .getByRole('row', { name: /Siobhán/ })
      .getByText('None')
      .waitFor();
    expect((await host.core.call('awards.cycles.get', { id: cycle.id })).letterPageLimit).toBe(3);

    await goTo(page, 'Awards');
    await page.getByRole('table', { name: 'Award cycles' }).getByRole('cell', { name: '7', exact: true }).waitFor();
    await settle('awards-07-list');
    expect(app.problems).toEqual([]);
  });
});
