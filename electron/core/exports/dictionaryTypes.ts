/** A column's meaning, or its meaning and the values it may hold. */
export type ColumnDescription = string | [meaning: string, allowed: string];

export interface TableDescription {
  about: string;
  columns: Record<string, ColumnDescription>;
}

export type TableDescriptions = Record<string, TableDescription>;
