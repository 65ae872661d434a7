/**
 * Whether the records were last locked by the idle timer, and after how long,
 * so the unlock screen can say why it appeared. Kept in this window's memory
 * only (a reload forgets it), and it holds no record content.
 */
let lockedAfterMinutes: number | null = null;

export function noteAutoLock(minutes: number): void {
  lockedAfterMinutes = minutes;
}

export function autoLockNote(): number | null {
  return lockedAfterMinutes;
}

export function clearAutoLockNote(): void {
  lockedAfterMinutes = null;
}
