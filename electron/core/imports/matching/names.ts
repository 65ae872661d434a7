import { foldForSearch } from '../../../common/text';

const suffixes = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'md',
  'phd',
  'do',
  'mph',
  'ms',
  'msc',
  'rn',
  'np',
  'pharmd',
  'dds',
  'edd',
  'facp',
  'mba',
  'dr',
  'prof',
]);

/**
 * A key two spellings of one name share: "Nguyen-Tran, Rosa", "Rosa Nguyen Tran"
 * and "ROSA Q. NGUYEN-TRAN, MD" all become "rosa nguyen tran". "Last, First"
 * is turned around; accents, case, punctuation, middle initials, titles and
 * degrees are dropped. Full middle names are kept: "John Michael Smith" is not
 * silently taken for "John Smith".
 */
export function nameKey(name: string): string {
  let text = name.trim();
  const comma = text.indexOf(',');
  if (comma > 0) {
    const last = text.slice(0, comma).trim();
    const rest = text.slice(comma + 1).trim();
    // "Smith, MD" is a degree, not a first name.
    const restWords = foldForSearch(rest)
      .replace(/[.\s,]+/g, ' ')
      .trim()
      .split(' ');
    if (rest && !restWords.every((w) => suffixes.has(w))) text = `${rest} ${last}`;
    else text = last;
  }
  return foldForSearch(text)
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word.length > 1 && !suffixes.has(word))
    .join(' ');
}

/** "First Middle Last" from name parts, blanks skipped. */
export function joinName(first: string | null, middle: string | null, last: string | null): string {
  return [first, middle, last]
    .map((p) => (p ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/** Turns "Last, First" around for display and storage; other forms are kept as typed. */
export function displayName(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  const comma = text.indexOf(',');
  if (comma <= 0) return text;
  const last = text.slice(0, comma).trim();
  const rest = text.slice(comma + 1).trim();
  const restWords = foldForSearch(rest)
    .replace(/[.\s,]+/g, ' ')
    .trim()
    .split(' ');
  if (!rest || restWords.every((w) => suffixes.has(w))) return text;
  return `${rest} ${last}`;
}

export function normalizeEmail(email: string): string {
  return email.replace(/\s+/g, '').toLowerCase();
}

export function normalizeEmployeeId(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase();
}
