import maxWeightMatching from 'edmonds-blossom-fixed';

/**
 * A maximum-weight perfect matching of `size` people (an even number) on a
 * complete graph: Edmonds' blossom algorithm (Van Rantwijk's implementation,
 * ported to JavaScript as edmonds-blossom-fixed), exact in O(n³). Weights are
 * whole numbers, so the algorithm never rounds. Returns each person's partner.
 */
export function perfectMatching(size: number, weight: (a: number, b: number) => number): number[] {
  if (size === 0) return [];
  const edges: [number, number, number][] = [];
  for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) edges.push([a, b, weight(a, b)]);
  // Every pair is an edge, so with maximum cardinality everyone gets a partner.
  const mate = maxWeightMatching(edges, true);
  if (mate.length < size || mate.some((partner, person) => person < size && partner < 0)) {
    throw new Error('The matching left someone without a partner.');
  }
  return mate.slice(0, size);
}
