import { isBlank } from '../../spreadsheets/cells';
import type { DataRow } from '../../spreadsheets/table';
import type { ColumnReader } from '../columns';
import { displayName, joinName, normalizeEmail } from '../matching/names';
import type { WhoInRow } from '../matching/people';
import type { SignupField } from '../targets';

/** One row of a sign-up sheet: who signed up, and their department. */
export interface SignupRow {
  row: number;
  who: WhoInRow;
  department: string | null;
  /** The row's cells, for the rejected-rows workbook. */
  cells: string[];
}

export function readSignupRow(row: DataRow, readers: readonly ColumnReader[]): Omit<SignupRow, 'cells'> {
  const who: WhoInRow = { employeeId: null, email: null, name: null };
  const names: Partial<Record<'name' | 'firstName' | 'lastName', string>> = {};
  let department: string | null = null;
  for (const reader of readers) {
    if (isBlank(reader.raw(row))) continue;
    const text = reader.text(row)!;
    const field = reader.target as SignupField;
    if (field === 'employeeId') who.employeeId = text;
    else if (field === 'email') who.email = normalizeEmail(text);
    else if (field === 'department') department = text;
    else names[field] = text;
  }
  who.name =
    names.firstName || names.lastName
      ? joinName(names.firstName ?? null, null, names.lastName ?? null)
      : names.name
        ? displayName(names.name)
        : null;
  return { row: row.number, who, department };
}
