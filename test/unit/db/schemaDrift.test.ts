import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { migrateDatabase } from '../../../db/migrate';
import { openTestDatabase, tableNames } from './migrations/migrationStep';

/**
 * The queries are typed by the `Database` interface of db/schema.ts, the
 * database is made by the migrations: nothing else ties the two together.
 * This compares them, table by table and column by column, so a migration
 * without its types (or types without their migration) fails here instead of
 * in an office.
 */

type Tables = Record<string, string[]>;

/** Table → column names, as the migrations leave them (PRAGMA table_info of a migrated database). */
async function tablesOfMigratedDatabase(): Promise<Tables> {
  const { db, sqlite, close } = openTestDatabase();
  try {
    await migrateDatabase(db);
    return Object.fromEntries(
      tableNames(sqlite).map((table) => {
        const columns = sqlite.pragma(`table_info(${JSON.stringify(table)})`) as { name: string }[];
        return [table, columns.map((column) => column.name)];
      }),
    );
  } finally {
    await close();
  }
}

/**
 * Table → column names, as db/schema.ts declares them: the properties of
 * `Database`, read with the TypeScript compiler so that tables pulled in from
 * db/tables/*.ts (`extends ImportTables, AwardTables`) count too.
 */
function tablesOfSchemaTypes(): Tables {
  const schemaFile = resolve('db/schema.ts');
  const program = ts.createProgram([schemaFile], { noLib: true, types: [], noEmit: true });
  const checker = program.getTypeChecker();
  const database = program
    .getSourceFile(schemaFile)!
    .statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!database) throw new Error('db/schema.ts no longer declares interface Database.');
  return Object.fromEntries(
    checker.getPropertiesOfType(checker.getTypeAtLocation(database)).map((table) => {
      const columns = checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(table, database));
      return [table.name, columns.map((column) => column.name)];
    }),
  );
}

/** Sorted, so the comparison is about which tables and columns exist, not the order they were written in. */
function sorted(tables: Tables): Tables {
  return Object.fromEntries(
    Object.keys(tables)
      .sort()
      .map((table) => [table, [...tables[table]!].sort()]),
  );
}

it('db/schema.ts declares exactly the tables and columns the migrations create', async () => {
  const declared = sorted(tablesOfSchemaTypes());
  const migrated = sorted(await tablesOfMigratedDatabase());
  expect(declared, 'db/schema.ts (received) against a migrated database (expected)').toEqual(migrated);
});
