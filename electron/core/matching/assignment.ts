/**
 * The optimal assignment of rows (mentees) to seats (one per free place a
 * mentor has), as a minimum-cost flow: source → each row (1) → the seats it
 * may take (1, cost maxGain − gain) → sink (1). Successive shortest paths
 * (Dijkstra with Johnson potentials) find, for each number of matched rows in
 * turn, the cheapest way to match that many, and stop when no more rows can
 * be matched. Each round augments along every shortest path it can at once
 * (a blocking flow on the zero-reduced-cost edges, as Dinic does), so there
 * are far fewer rounds than rows. So the result matches as many rows as possible and, among
 * all ways to match that many, has the highest total gain. Pure and
 * deterministic: ties go the same way for the same input.
 *
 * Why not the Hungarian method on a matrix: with a column per mentor seat the
 * matrix of 400 mentees is about 400 × 12,000, which the usual O(n³)
 * implementations pad to a square; the flow works on the allowed pairs only.
 */

export interface SeatOption {
  seat: number;
  /** Whole points, 0..maxGain. */
  gain: number;
}

/** For each row, the seat it gets, or -1. */
export function bestAssignment(
  rows: readonly (readonly SeatOption[])[],
  seatCount: number,
  maxGain: number,
): Int32Array {
  const rowCount = rows.length;
  const source = 0;
  const sink = rowCount + seatCount + 1;
  const nodeCount = sink + 1;
  const optionCount = rows.reduce((sum, options) => sum + options.length, 0);
  const graph = new FlowGraph(nodeCount, 2 * (rowCount + optionCount + seatCount));
  for (let r = 0; r < rowCount; r++) graph.addEdge(source, 1 + r, 0);
  const firstSeatEdge = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    firstSeatEdge[r] = graph.edgeCount;
    for (const option of rows[r]!) graph.addEdge(1 + r, 1 + rowCount + option.seat, maxGain - option.gain);
  }
  for (let s = 0; s < seatCount; s++) graph.addEdge(1 + rowCount + s, sink, 0);

  while (graph.augmentShortest(source, sink) > 0);

  const result = new Int32Array(rowCount).fill(-1);
  for (let r = 0; r < rowCount; r++) {
    const options = rows[r]!;
    for (let i = 0; i < options.length; i++) {
      // A forward edge with no capacity left carries the row's one unit.
      if (graph.capacity[firstSeatEdge[r]! + 2 * i] === 0) result[r] = options[i]!.seat;
    }
  }
  return result;
}

/** A unit-capacity flow network in flat arrays (edge i and its reverse i ^ 1). */
class FlowGraph {
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  readonly capacity: Int8Array;
  readonly cost: Float64Array;
  edgeCount = 0;
  private readonly potential: Float64Array;
  private readonly distance: Float64Array;
  private readonly level: Int32Array;
  private readonly queue: Int32Array;
  private readonly cursor: Int32Array;
  private readonly path: Int32Array;
  private readonly heap: MinHeap;

  constructor(nodeCount: number, maxEdges: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.next = new Int32Array(maxEdges);
    this.to = new Int32Array(maxEdges);
    this.capacity = new Int8Array(maxEdges);
    this.cost = new Float64Array(maxEdges);
    this.potential = new Float64Array(nodeCount);
    this.distance = new Float64Array(nodeCount);
    this.level = new Int32Array(nodeCount);
    this.queue = new Int32Array(nodeCount);
    this.cursor = new Int32Array(nodeCount);
    this.path = new Int32Array(nodeCount);
    this.heap = new MinHeap(maxEdges + nodeCount);
  }

  addEdge(from: number, to: number, cost: number): void {
    this.push(from, to, 1, cost);
    this.push(to, from, 0, -cost);
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    const e = this.edgeCount++;
    this.to[e] = to;
    this.capacity[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from]!;
    this.head[from] = e;
  }

  /**
   * One round: finds the cheapest augmenting paths' cost with Dijkstra, then
   * sends one unit along each of as many of those cheapest paths as it can.
   * Returns the units sent; 0 when no row can be matched any more.
   */
  augmentShortest(source: number, sink: number): number {
    if (!this.shortestDistances(source, sink)) return 0;
    // The potentials stay valid while only zero-cost edges carry flow (their reverses cost 0 too), so keep
    // augmenting on them, level by level as Dinic does, until none is left; only then look for dearer paths.
    let sent = 0;
    for (;;) {
      this.levelAdmissible(source);
      if (this.level[sink] === -1) return sent;
      this.cursor.set(this.head);
      while (this.sendAlongLevels(source, sink)) sent++;
    }
  }

  /** Dijkstra on reduced costs; then the potentials make every shortest path's edges cost exactly 0. */
  private shortestDistances(source: number, sink: number): boolean {
    const { distance, potential, heap, head, next, to, capacity, cost } = this;
    distance.fill(Infinity);
    distance[source] = 0;
    heap.clear();
    heap.push(0, source);
    while (heap.size > 0) {
      const d = heap.topKey();
      const u = heap.pop();
      if (d > distance[u]!) continue;
      const pu = potential[u]!;
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        if (capacity[e] === 0) continue;
        const v = to[e]!;
        // Reduced costs are ≥ 0 thanks to the potentials; costs are whole numbers, so no rounding creeps in.
        const candidate = d + cost[e]! + pu - potential[v]!;
        if (candidate < distance[v]!) {
          distance[v] = candidate;
          heap.push(candidate, v);
        }
      }
    }
    if (distance[sink] === Infinity) return false;
    for (let v = 0; v < distance.length; v++) if (distance[v]! < Infinity) potential[v]! += distance[v]!;
    return true;
  }

  private admissible(e: number, u: number): boolean {
    const v = this.to[e]!;
    return this.capacity[e]! > 0 && this.cost[e]! + this.potential[u]! - this.potential[v]! === 0;
  }

  /** Breadth-first levels over the zero-cost edges, so each path of this round moves one level at a time. */
  private levelAdmissible(source: number): void {
    const { level, queue } = this;
    level.fill(-1);
    level[source] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = source;
    while (head < tail) {
      const u = queue[head++]!;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        const v = this.to[e]!;
        if (level[v] !== -1 || !this.admissible(e, u)) continue;
        level[v] = level[u]! + 1;
        queue[tail++] = v;
      }
    }
  }

  /** One unit along a zero-cost path that climbs the levels; dead ends are skipped for the rest of the round. */
  private sendAlongLevels(source: number, sink: number): boolean {
    const { cursor, level, path } = this;
    let depth = 0;
    let u = source;
    for (;;) {
      if (u === sink) {
        for (let i = 0; i < depth; i++) {
          const e = path[i]!;
          this.capacity[e]!--;
          this.capacity[e ^ 1]!++;
        }
        return true;
      }
      let e = cursor[u]!;
      while (e !== -1 && !(level[this.to[e]!] === level[u]! + 1 && this.admissible(e, u))) e = this.next[e]!;
      cursor[u] = e;
      if (e !== -1) {
        path[depth++] = e;
        u = this.to[e]!;
        continue;
      }
      // No way on from u this round: step back and try the parent's next edge.
      if (depth === 0) return false;
      const back = path[--depth]!;
      u = this.to[back ^ 1]!;
      cursor[u] = this.next[cursor[u]!]!;
    }
  }
}

/** A binary heap of (key, node), smallest key first, ties by node: the same order on every run. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.nodes[i]! < this.nodes[j]!);
  }

  private swap(i: number, j: number): void {
    const key = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = key;
    const node = this.nodes[i]!;
    this.nodes[i] = this.nodes[j]!;
    this.nodes[j] = node;
  }

  push(key: number, node: number): void {
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  topKey(): number {
    return this.keys[0]!;
  }

  /** Removes the smallest entry and returns its node (read its key first with topKey). */
  pop(): number {
    const top = this.nodes[0]!;
    this.size--;
    if (this.size > 0) {
      this.keys[0] = this.keys[this.size]!;
      this.nodes[0] = this.nodes[this.size]!;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.size && this.less(left, smallest)) smallest = left;
        if (right < this.size && this.less(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }
}
