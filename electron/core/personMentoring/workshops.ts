import type { ReadableDb } from '../../../db/handles';
import type { WorkshopTaken } from './contract';

/**
 * The workshops a person took part in (checked in on the day: signing up is
 * not taking part) and those they facilitated, held in the period, oldest
 * first. Read from the workshop tables directly: the workshops domain prints
 * on the letterhead, which depends on this one.
 */
export async function workshopsTaken(
  db: ReadableDb,
  facultyId: number,
  period: { from: string; to: string },
): Promise<WorkshopTaken[]> {
  const attended = await db
    .selectFrom('workshop_participants as p')
    .innerJoin('workshops as w', 'w.id', 'p.workshop_id')
    .select(['w.id', 'w.title', 'w.held_on'])
    .where('p.faculty_id', '=', facultyId)
    .where('p.checked_in_at', 'is not', null)
    .where('w.held_on', '>=', period.from)
    .where('w.held_on', '<=', period.to)
    .execute();
  const facilitated = await db
    .selectFrom('workshop_facilitators as f')
    .innerJoin('workshops as w', 'w.id', 'f.workshop_id')
    .select(['w.id', 'w.title', 'w.held_on'])
    .where('f.faculty_id', '=', facultyId)
    .where('w.held_on', '>=', period.from)
    .where('w.held_on', '<=', period.to)
    .execute();
  return [
    ...attended.map((w) => ({ workshopId: w.id, title: w.title, heldOn: w.held_on, role: 'participant' as const })),
    ...facilitated.map((w) => ({ workshopId: w.id, title: w.title, heldOn: w.held_on, role: 'facilitator' as const })),
  ].sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.workshopId - b.workshopId);
}

/** How many workshops in the list the person took part in, and how many they facilitated. */
export function workshopCounts(workshops: readonly WorkshopTaken[]): { attended: number; facilitated: number } {
  return {
    attended: workshops.filter((w) => w.role === 'participant').length,
    facilitated: workshops.filter((w) => w.role === 'facilitator').length,
  };
}
