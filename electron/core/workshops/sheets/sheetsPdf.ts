import { TrellisError } from '../../../common/errors';
import type { GeneratedDocument } from '../../documents/contract';
import { finishOfficeDocument, startOfficeDocument, type OfficeSettings } from '../../documents/officeDocument';
import { fileSlug, longDate } from '../../pdf/words';
import { workshopSheetLabels, type Workshop, type WorkshopSheet } from '../contract';
import { drawCards } from './cards';
import { drawGrid } from './grid';
import { drawSignIn } from './signIn';
import { drawTableSheets } from './tableSheets';
import { workshopTexts } from './sheetTexts';

/**
 * The printed sheets of a workshop, on the letterhead: one kind, or all of
 * them in one file (sign-in, grid, table sheets, cards), each bookmarked.
 */
export async function workshopSheetsPdf(
  workshop: Workshop,
  sheet: WorkshopSheet,
  office: OfficeSettings,
  now: Date,
): Promise<GeneratedDocument> {
  if (sheet !== 'signIn' && workshop.rounds.length === 0) {
    throw new TrellisError(
      'WORKSHOP_NOT_PLANNED',
      'The rounds of this workshop have not been planned yet. Check people in and plan the rounds first.',
    );
  }
  const when = `${longDate(workshop.heldOn)}${workshop.startsAt ? `, ${workshop.startsAt}` : ''}`;
  const pdf = startOfficeDocument(office.identity, {
    title: `${workshop.title}, ${longDate(workshop.heldOn)}: ${workshopSheetLabels[sheet].toLowerCase()}`,
    subject: `Speed peer mentoring: ${workshopSheetLabels[sheet].toLowerCase()}`,
    keywords: 'peer mentoring, workshop',
    now,
  });
  const texts = workshopTexts(workshop, office);
  const parts: Exclude<WorkshopSheet, 'all'>[] = sheet === 'all' ? ['signIn', 'grid', 'tables', 'cards'] : [sheet];
  parts.forEach((part, index) => {
    if (index > 0) pdf.newPage();
    const title = `${workshop.title}: ${sectionTitles[part]}`;
    // A card is one page, headed with the workshop itself: the cards are only bookmarked as a section.
    const section = part === 'cards' ? pdf.doc.outline.addItem(title) : pdf.heading(title, 1, { bookmark: true });
    if (part !== 'cards') pdf.paragraph([when, workshop.place].filter(Boolean).join(' · '));
    if (part === 'signIn') drawSignIn(pdf, workshop);
    else if (part === 'grid') drawGrid(pdf, workshop, texts);
    else if (part === 'tables') drawTableSheets(pdf, workshop, texts, section);
    else drawCards(pdf, workshop, texts, section);
  });
  return finishOfficeDocument(pdf, `workshop-${fileSlug(workshop.title)}-${workshop.heldOn}-${fileSlug(sheet)}.pdf`);
}

const sectionTitles: Record<Exclude<WorkshopSheet, 'all'>, string> = {
  signIn: 'sign-in',
  grid: 'rounds at a glance',
  tables: 'table sheets',
  cards: 'participant cards',
};
