/**
 * The optimal assignment of rows (mentees) to seats (one per free place a
 * mentor has), as a minimum-cost flow: source → each row (1) → the seats it
 * may take (1, cost maxGain − gain) → sink (1). Successive shortest paths
 * with Dijkstra and Johnson potentials find, for each number of matched rows
 * in turn, the cheapest way to match that many, and stop when no more rows
 * can be matched. So the result matches as many rows as possible and, among
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

  while (graph.augment(source, sink));

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
  private readonly viaEdge: Int32Array;
  private readonly heap: MinHeap;

  constructor(nodeCount: number, maxEdges: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
    this.next = new Int32Array(maxEdges);
    this.to = new Int32Array(maxEdges);
    this.capacity = new Int8Array(maxEdges);
    this.cost = new Float64Array(maxEdges);
    this.potential = new Float64Array(nodeCount);
    this.distance = new Float64Array(nodeCount);
    this.viaEdge = new Int32Array(nodeCount);
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

  /** Sends one more unit along the cheapest path; false when none is left. */
  augment(source: number, sink: number): boolean {
    const { distance, potential, viaEdge, heap } = this;
    distance.fill(Infinity);
    viaEdge.fill(-1);
    distance[source] = 0;
    heap.clear();
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > distance[u]!) continue;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
        if (this.capacity[e] === 0) continue;
        const v = this.to[e]!;
        // Reduced costs are ≥ 0 thanks to the potentials; costs are whole numbers, so no rounding creeps in.
        const candidate = d + this.cost[e]! + potential[u]! - potential[v]!;
        if (candidate < distance[v]!) {
          distance[v] = candidate;
          viaEdge[v] = e;
          heap.push(candidate, v);
        }
      }
    }
    if (distance[sink] === Infinity) return false;
    for (let v = 0; v < distance.length; v++) if (distance[v]! < Infinity) potential[v]! += distance[v]!;
    for (let v = sink; v !== source; v = this.to[viaEdge[v]! ^ 1]!) {
      const e = viaEdge[v]!;
      this.capacity[e]!--;
      this.capacity[e ^ 1]!++;
    }
    return true;
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

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.nodes[0]!];
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
