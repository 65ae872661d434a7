/**
 * Which table each group of a round sits at. With no count of tables, each
 * group has its own; otherwise groups are spread evenly, so no table holds
 * more than one group above any other.
 */
export function tableNumbers(groupCount: number, tableCount: number | null): number[] {
  return Array.from({ length: groupCount }, (_, group) => (tableCount === null ? group + 1 : (group % tableCount) + 1));
}
