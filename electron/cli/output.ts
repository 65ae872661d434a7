import type { CliIo } from './io';

/** Pretty JSON with a final newline: readable in a terminal, parseable by jq. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(io: CliIo, lines: string[]): void {
  io.stdout.write(lines.map((line) => `${line}\n`).join(''));
}

/**
 * Columns a string takes in a terminal: combining accents take none (names
 * such as "Nguyễn" may arrive decomposed) and East Asian wide characters two,
 * so tables of international names stay aligned.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.normalize('NFC')) {
    if (/\p{M}/u.test(char)) continue;
    width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions
  );
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** A plain-text table with a header row, columns separated by two spaces. */
export function formatTable(headers: string[], rows: string[][]): string[] {
  const widths = headers.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : padEnd(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** "Label   value" lines with the values aligned; empty values are left out. */
export function formatFields(fields: [label: string, value: string | null | undefined][]): string[] {
  const shown = fields.filter(
    (field): field is [string, string] => field[1] !== null && field[1] !== undefined && field[1] !== '',
  );
  const width = Math.max(0, ...shown.map(([label]) => displayWidth(label)));
  return shown.map(([label, value]) => `${padEnd(label, width)}  ${value}`);
}
