/** edmonds-blossom-fixed ships no types: edges `[u, v, weight]` in, `mate[v]` (or -1) out. */
declare module 'edmonds-blossom-fixed' {
  function maxWeightMatching(edges: [number, number, number][], maxCardinality?: boolean): number[];
  export = maxWeightMatching;
}
