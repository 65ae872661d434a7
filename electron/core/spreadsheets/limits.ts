/**
 * How much Trellis agrees to read from one spreadsheet. An office's files are
 * far below these (a roster of 3,000 rows, a survey of 2,000 rows and 50
 * columns); the limits exist so a wrong or hostile file is refused with a
 * clear message instead of exhausting memory. Configurable per call.
 */
export interface SpreadsheetLimits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Rows in the chosen sheet, counting title and header rows. */
  maxRows: number;
  /** Columns in any row. */
  maxColumns: number;
  /** Sum of the uncompressed sizes of every part of an .xlsx (a zip). */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of any one part above `ratioCheckFromBytes`. */
  maxCompressionRatio: number;
  /** Parts smaller than this may compress as well as they like. */
  ratioCheckFromBytes: number;
  /** Parts in the zip. */
  maxZipEntries: number;
}

const MiB = 1024 * 1024;

export const defaultLimits: SpreadsheetLimits = {
  maxFileBytes: 100 * MiB,
  maxRows: 250_000,
  maxColumns: 1_000,
  maxUncompressedBytes: 1024 * MiB,
  // Spreadsheet XML usually compresses 5–20×; Apache POI refuses above 100×.
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 1 * MiB,
  maxZipEntries: 10_000,
};

export function withLimits(overrides: Partial<SpreadsheetLimits> | undefined): SpreadsheetLimits {
  return { ...defaultLimits, ...(overrides ?? {}) };
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
