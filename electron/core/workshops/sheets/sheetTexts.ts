import type { OfficeSettings } from '../../documents/officeDocument';
import { fillPlaceholders, textItems } from '../../documents/settings/standardTexts';
import type { Workshop } from '../contract';

/** The workshop's standard texts (Settings), filled in for this workshop. */
export interface WorkshopTexts {
  objectives: string[];
  preparation: string[];
  questions: string[];
  guidelines: string[];
  roleSwap: string;
  wrapUp: string[];
}

/** "7.5" minutes reads badly on a card: half of an odd round is given in minutes and seconds. */
export function halfTimeWords(roundMinutes: number): string {
  return roundMinutes % 2 === 0 ? String(roundMinutes / 2) : `${Math.floor(roundMinutes / 2)}½`;
}

export function workshopTexts(workshop: Workshop, office: OfficeSettings): WorkshopTexts {
  const words = {
    title: workshop.title,
    minutes: String(workshop.roundMinutes),
    half: halfTimeWords(workshop.roundMinutes),
  };
  const fill = (text: string) => fillPlaceholders(text, words);
  return {
    objectives: textItems(fill(office.texts.workshopObjectives)),
    preparation: textItems(fill(office.texts.workshopPreparation)),
    questions: textItems(fill(office.texts.workshopQuestions)),
    guidelines: textItems(fill(office.texts.workshopGuidelines)),
    roleSwap: fill(office.texts.workshopRoleSwap),
    wrapUp: textItems(fill(office.texts.workshopWrapUp)),
  };
}

/** Each participant's rounds: the table and the partner(s), in round order. */
export function seatsOf(workshop: Workshop): Map<number, { round: number; table: number; partners: string[] }[]> {
  const seats = new Map<number, { round: number; table: number; partners: string[] }[]>();
  for (const round of workshop.rounds) {
    for (const group of round.groups) {
      for (const person of group.people) {
        const partners = group.people.filter((p) => p.participantId !== person.participantId).map((p) => p.name);
        seats.set(person.participantId, [
          ...(seats.get(person.participantId) ?? []),
          { round: round.number, table: group.table, partners },
        ]);
      }
    }
  }
  return seats;
}

/** "Ana García", "Ana García and Bo Li". */
export function partnerWords(partners: string[]): string {
  return partners.join(' and ');
}
