import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../electron/core/workshops/contract';
import { readPdf, type PdfContents } from '../../support/pdfText';
import { expectError, openTestCore, type TestCore } from '../../support/mentoringCore';
import { workshopWithPeople } from '../../support/workshops';

/** Text as laid out in a PDF: line breaks aside. */
const squash = (text: string) => text.replace(/\s+/g, '');

describe('printed sheets', { timeout: 60_000 }, () => {
  let t: TestCore;
  let workshop: Workshop;

  async function sheet(kind: 'cards' | 'tables' | 'grid' | 'signIn' | 'all'): Promise<PdfContents> {
    const document = await t.core.call('workshops.sheets', { workshopId: workshop.id, sheet: kind });
    const pdf = await readPdf(Buffer.from(document.file.base64, 'base64'));
    expect(pdf.pageCount).toBe(document.pageCount);
    expect(pdf.tagged).toBe(true);
    return pdf;
  }

  beforeAll(async () => {
    t = await openTestCore('2026-03-10');
    const setup = await workshopWithPeople(t.core, 9, { tableCount: 3 });
    await expectError(
      t.core.call('workshops.sheets', { workshopId: setup.workshop.id, sheet: 'cards' }),
      'WORKSHOP_NOT_PLANNED',
    );
    await t.core.call('workshops.setAttendance', {
      participantIds: setup.workshop.participants.map((p) => p.id),
      attendance: 'present',
    });
    workshop = await t.core.call('workshops.plan', { workshopId: setup.workshop.id, seed: 5 });
  });
  afterAll(async () => t.close());

  it('each card lists its person’s tables and partners round by round, the role swap and room for goals', async () => {
    const pdf = await sheet('cards');
    // The letterhead and the title, then a page per card.
    expect(pdf.pageCount).toBe(1 + 9);
    workshop.participants.forEach((participant, index) => {
      const text = pdf.pages[index + 1]!;
      expect(text.startsWith(`${participant.name} `) || text.includes(` ${participant.name} `)).toBe(true);
      const expected = workshop.rounds.map((round) => {
        const group = round.groups.find((g) => g.people.some((p) => p.participantId === participant.id))!;
        const partners = group.people.filter((p) => p.participantId !== participant.id).map((p) => p.name);
        return `${round.number} ${group.table} ${partners.join(' and ')}`;
      });
      expect(squash(text)).toContain(squash(`Round Table Partner ${expected.join(' ')}`));
      expect(squash(text)).toContain(squash('at the half-time signal, after 5 minutes, swap roles'));
      expect(squash(text)).toContain(squash('My goals and questions for the next six months:'));
      expect(squash(text)).toContain(squash('How do I approach a struggling learner?'));
    });
    expect(pdf.outline.filter((line) => line.startsWith('  '))).toEqual(
      workshop.participants.map((p) => `  ${p.name}`),
    );
  });

  it('the master grid equals the plan', async () => {
    const pdf = await sheet('grid');
    const text = squash(pdf.pages.join(' '));
    const header = squash(`Participant ${workshop.rounds.map((r) => `Round ${r.number}`).join(' ')}`);
    const rows = workshop.participants.map((participant) =>
      [
        participant.name,
        ...workshop.rounds.map((round) => {
          const group = round.groups.find((g) => g.people.some((p) => p.participantId === participant.id))!;
          const partners = group.people.filter((p) => p.participantId !== participant.id).map((p) => p.name);
          return `T${group.table}: ${partners.join(' and ')}`;
        }),
      ].join(' '),
    );
    expect(text).toContain(header + squash(rows.join(' ')));
    expect(text).toContain(squash('How did it feel to be both mentor and mentee?'));
  });

  it('a sheet per table per round names the pairs sitting there', async () => {
    const pdf = await sheet('tables');
    const expected = workshop.rounds.flatMap((round) =>
      [...new Set(round.groups.map((g) => g.table))].map((table) => ({
        title: `Round ${round.number} · Table ${table}`,
        pairs: round.groups.filter((g) => g.table === table).map((g) => g.people.map((p) => p.name).join(' and ')),
      })),
    );
    expect(pdf.pageCount).toBe(expected.length);
    expected.forEach(({ title, pairs }, page) => {
      expect(squash(pdf.pages[page]!)).toContain(squash(`${title} ${pairs.join(' ')}`));
    });
  });

  it('the sign-in sheet lists everyone on the list, with room for walk-ins; "all" puts every sheet in one file', async () => {
    const signIn = await sheet('signIn');
    const text = squash(signIn.pages.join(' '));
    for (const p of workshop.participants) expect(text).toContain(squash(`${p.name} ${p.department}`));
    const all = await sheet('all');
    expect(all.outline.filter((line) => !line.startsWith(' '))).toEqual([
      `${workshop.title}: sign-in`,
      `${workshop.title}: rounds at a glance`,
      `${workshop.title}: table sheets`,
      `${workshop.title}: participant cards`,
    ]);
  });
});
