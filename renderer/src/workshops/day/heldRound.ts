/**
 * The round the room is on, as the round view last showed it, so that
 * "plan again" on the workshop's page starts after it. Kept for this window
 * only (sessionStorage): a round number, nothing confidential.
 */
const key = (workshopId: number) => `trellis.workshop.${workshopId}.round`;

export function rememberRound(workshopId: number, round: number): void {
  try {
    sessionStorage.setItem(key(workshopId), String(round));
  } catch {
    // Storage refused (a locked-down profile): re-planning just suggests round 1.
  }
}

export function shownRound(workshopId: number): number | null {
  try {
    const value = Number(sessionStorage.getItem(key(workshopId)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
