/** Moves `id` to `position` (clamped) within an ordered list of ids. Pure. */
export function moveInOrder(ids: number[], id: number, position: number): number[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
