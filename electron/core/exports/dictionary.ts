import type { SnapshotTable } from '../../../db/snapshot';
import { peopleAndMentoring } from './dictionaryPeople';
import { matchingAndWorkshops } from './dictionaryMatchingWorkshops';
import { matrixImportsAwards } from './dictionaryOther';
import type { TableDescription } from './dictionaryTypes';

/** Every table's and column's meaning; a test checks that each column of the schema is described. */
export const dataDictionary: Record<string, TableDescription> = {
  ...peopleAndMentoring,
  ...matrixImportsAwards,
  ...matchingAndWorkshops,
};

const notDescribed = '(not described yet)';

/** The dictionary's rows for the tables actually exported: table, column, type, meaning, allowed values. */
export function dictionaryRows(tables: SnapshotTable[]): string[][] {
  const rows = [['table', 'column', 'type', 'meaning', 'allowed values']];
  for (const table of tables) {
    const described = dataDictionary[table.name];
    rows.push([table.name, '', 'table', described?.about ?? notDescribed, '']);
    for (const column of table.columns) {
      const entry = described?.columns[column.name] ?? notDescribed;
      const [meaning, allowed] = typeof entry === 'string' ? [entry, ''] : entry;
      rows.push([table.name, column.name, column.type || 'any', meaning, allowed]);
    }
  }
  return rows;
}
