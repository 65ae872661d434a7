/**
 * The people a round is planned for and what the planner knows about each
 * pair of them: how often they have met today, whether they already know
 * each other, whether they share a department, and how often each has been
 * in a trio. People are numbered 0…n−1 here; `ids` maps back to participants.
 */

/**
 * What makes a pair worse, in tiers far enough apart that no number of
 * lesser faults in a round (at most 60 pairs) outweighs one greater fault:
 * meeting again someone met earlier today, then people who already know each
 * other, then a shared department. The seeded jitter (below 16) only breaks
 * ties between otherwise equal pairs, so a new seed gives a different plan
 * that is just as good.
 */
export const pairCost = {
  repeat: 1_000_000_000,
  known: 1_000_000,
  sameDepartment: 1_000,
  jitter: 16,
} as const;

export class Room {
  readonly size: number;
  private readonly met: Uint16Array;
  private readonly known: Uint8Array;
  /** Pairs a later round's trio will seat together, kept out of the pairs until then. */
  private readonly reserved: Uint8Array;
  private readonly department: Int32Array;
  readonly trios: Uint16Array;

  constructor(
    readonly ids: readonly number[],
    departments: readonly (string | null)[],
    knownPairs: Iterable<readonly [number, number]>,
  ) {
    this.size = ids.length;
    this.met = new Uint16Array(this.size * this.size);
    this.known = new Uint8Array(this.size * this.size);
    this.reserved = new Uint8Array(this.size * this.size);
    this.trios = new Uint16Array(this.size);
    const departmentIndex = new Map<string, number>();
    this.department = Int32Array.from(departments, (d) => {
      if (d === null || d.trim() === '') return -1;
      const key = d.trim().toLowerCase();
      if (!departmentIndex.has(key)) departmentIndex.set(key, departmentIndex.size);
      return departmentIndex.get(key)!;
    });
    const indexOf = this.indexes();
    for (const [a, b] of knownPairs) {
      const i = indexOf.get(a);
      const j = indexOf.get(b);
      if (i !== undefined && j !== undefined && i !== j) {
        this.known[i * this.size + j] = 1;
        this.known[j * this.size + i] = 1;
      }
    }
  }

  /** Participant id → index in this room. */
  indexes(): Map<number, number> {
    return new Map(this.ids.map((id, index) => [id, index]));
  }

  timesMet(a: number, b: number): number {
    return this.met[a * this.size + b]!;
  }

  /** What pairing a with b costs now (without jitter). */
  cost(a: number, b: number): number {
    const k = a * this.size + b;
    const d = this.department[a]!;
    return (
      (this.met[k]! + this.reserved[k]!) * pairCost.repeat +
      this.known[k]! * pairCost.known +
      (d >= 0 && d === this.department[b] ? pairCost.sameDepartment : 0)
    );
  }

  /** Records a table's group (by index) as having met: every two of them, and a trio's turn. */
  seat(group: readonly number[], wasTrio = group.length === 3): void {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const [a, b] = [group[x]!, group[y]!];
        this.met[a * this.size + b]!++;
        this.met[b * this.size + a]!++;
      }
    }
    if (wasTrio) for (const person of group) this.trios[person]!++;
  }

  /** Keeps a future trio's pairs for that trio (`held` false releases them when its round comes). */
  reserve(trio: readonly number[], held = true): void {
    for (let x = 0; x < trio.length; x++) {
      for (let y = x + 1; y < trio.length; y++) {
        const [a, b] = [trio[x]!, trio[y]!];
        this.reserved[a * this.size + b] = this.reserved[b * this.size + a] = held ? 1 : 0;
      }
    }
  }

  /** Cost of a whole round (without jitter), for comparing plans. */
  roundCost(groups: readonly (readonly number[])[]): number {
    let total = 0;
    for (const group of groups)
      for (let x = 0; x < group.length; x++)
        for (let y = x + 1; y < group.length; y++) total += this.cost(group[x]!, group[y]!);
    return total;
  }
}
