import { TrellisError } from '../../common/errors';

/**
 * A codebook turns coded answers into labels: `{column: {code: label}}`, as
 * REDCap raw exports and Qualtrics numeric recodes need (`1 → Yes`). A
 * checkbox group is keyed by its column stem (`topics` for `topics___1…`).
 * REDCap's data-dictionary form of a choice list, `"1, Yes | 0, No"`, is
 * accepted in place of the object.
 */
export type Codebook = Record<string, Record<string, string>>;

export function parseChoiceList(text: string): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const part of text.split('|')) {
    const comma = part.indexOf(',');
    if (comma < 0) continue;
    const code = part.slice(0, comma).trim();
    const label = part.slice(comma + 1).trim();
    if (code) codes[code] = label;
  }
  return codes;
}

export function normalizeCodebook(input: unknown): Codebook {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new TrellisError(
      'VALIDATION',
      'A codebook is a list of columns, each with its codes and labels: {"column": {"1": "Yes"}}.',
    );
  }
  const codebook: Codebook = {};
  for (const [column, codes] of Object.entries(input as Record<string, unknown>)) {
    if (typeof codes === 'string') codebook[column] = parseChoiceList(codes);
    else if (codes && typeof codes === 'object' && !Array.isArray(codes)) {
      codebook[column] = Object.fromEntries(
        Object.entries(codes as Record<string, unknown>).map(([code, label]) => [code.trim(), String(label)]),
      );
    } else {
      throw new TrellisError(
        'VALIDATION',
        `The codebook entry for “${column}” should list codes and labels, like {"1": "Yes", "0": "No"}.`,
      );
    }
  }
  return codebook;
}

/** The codes of one column, found by exact key, then ignoring case and spaces. */
export function codesFor(codebook: Codebook, columnKey: string): Record<string, string> | null {
  if (codebook[columnKey]) return codebook[columnKey]!;
  const wanted = columnKey.trim().toLowerCase();
  for (const [key, codes] of Object.entries(codebook)) if (key.trim().toLowerCase() === wanted) return codes;
  return null;
}
