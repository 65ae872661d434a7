import type { Workshop, WorkshopRow } from '../../../core/workshops/contract';
import { formatFields, formatTable } from '../../output';

export function workshopTable(workshops: WorkshopRow[]): string[] {
  return formatTable(
    ['Id', 'Date', 'Title', 'Program', 'Place', 'Rounds', 'Participants', 'Present', 'Planned'],
    workshops.map((w) => [
      String(w.id),
      `${w.heldOn}${w.startsAt ? ` ${w.startsAt}` : ''}`,
      w.title,
      w.program.name,
      w.place ?? '',
      `${w.roundCount} × ${w.roundMinutes} min`,
      String(w.participantCount),
      String(w.presentCount),
      w.planned ? 'yes' : 'no',
    ]),
  );
}

export function workshopSummary(w: Workshop): string[] {
  return formatFields([
    ['Workshop', `${w.title} (id ${w.id})`],
    ['When', `${w.heldOn}${w.startsAt ? ` ${w.startsAt}` : ''}`],
    ['Place', w.place],
    ['Program', w.program.name],
    ['Rounds', `${w.roundCount} of ${w.roundMinutes} minutes, swap roles at half-time`],
    ['Tables', w.tableCount === null ? 'one per pair' : String(w.tableCount)],
    ['Facilitators', w.facilitators.map((f) => f.name).join(', ')],
    ['Participants', `${w.participantCount} on the list, ${w.presentCount} present`],
  ]);
}

/** The plan, round by round: "Table 3  Ana García and Bo Li". */
export function planLines(w: Workshop): string[] {
  const lines: string[] = [];
  for (const round of w.rounds) {
    lines.push(`Round ${round.number}`);
    for (const group of round.groups)
      lines.push(`  Table ${group.table}  ${group.people.map((p) => p.name).join(' and ')}`);
  }
  if (w.plan && (w.plan.arrivedSince.length > 0 || w.plan.leftSince.length > 0)) {
    lines.push(
      '',
      `Since this plan: ${[
        w.plan.arrivedSince.length > 0 ? `arrived ${w.plan.arrivedSince.join(', ')}` : '',
        w.plan.leftSince.length > 0 ? `left ${w.plan.leftSince.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ')}. Plan the rounds to come again with --from-round.`,
    );
  }
  return lines;
}
