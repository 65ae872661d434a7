import type { DiversityGroup } from '../contract';

/**
 * Small-group suppression for one dimension of the nominee pool (seed 001:
 * the Dean's office reviews nominations for diversity, but a count of 1 or 2
 * in a department points at a person).
 *
 * - Every group under `minimum` is hidden and says so ("Fewer than 5").
 * - The complementary-cell problem: when the total is shown and exactly one
 *   group is hidden, its count is the total minus the others. So the next
 *   smallest shown group is hidden too. (A dimension with a single, small
 *   group cannot occur: the review shows nothing for a pool under 5.)
 *
 * Pure; groups come back largest first, then by name.
 */
export const fewerThan = (minimum: number) => `Fewer than ${minimum}`;
export const hiddenToProtect = 'Hidden so a smaller group cannot be worked out from the total';

export function suppressGroups(counts: ReadonlyMap<string, number>, minimum: number): DiversityGroup[] {
  const groups: (DiversityGroup & { raw: number })[] = [...counts].map(([label, count]) =>
    count < minimum
      ? { label, count: null, suppressed: true, reason: 'small' as const, note: fewerThan(minimum), raw: count }
      : { label, count, suppressed: false, reason: null, note: null, raw: count },
  );
  const hidden = groups.filter((g) => g.suppressed);
  if (hidden.length === 1) {
    const next = groups.filter((g) => !g.suppressed).sort((a, b) => a.raw - b.raw || a.label.localeCompare(b.label))[0];
    if (next) Object.assign(next, { count: null, suppressed: true, reason: 'complement', note: hiddenToProtect });
  }
  return groups
    .sort((a, b) => b.raw - a.raw || a.label.localeCompare(b.label))
    .map(({ label, count, suppressed, reason, note }) => ({ label, count, suppressed, reason, note }));
}
