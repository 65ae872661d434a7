/** Letters that are not a base letter plus an accent, so NFD leaves them alone. */
const standaloneLetters: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
};

/** Lower-case and strip accents, so "García" is found by "garcia" and "Søren" by "soren". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðþæœßı]/g, (c) => standaloneLetters[c] ?? c);
}

/** Escapes LIKE wildcards; use with `ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Bidirectional override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 * make text display in an order other than the one stored: "Ana\u202Egnp.exe"
 * shows as "Anaexe.png". Names and text never need them (right-to-left
 * scripts display correctly without), so Trellis removes them from
 * everything it is given: typed input and spreadsheet cells alike.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  // test() first: almost no text has them, and replace() would allocate.
  bidiControls.lastIndex = 0;
  if (!bidiControls.test(text)) return text;
  bidiControls.lastIndex = 0;
  return text.replace(bidiControls, '');
}

/** The same, through every string of a parsed input (objects and arrays), leaving everything else as it is. */
export function withoutBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutBidiControls(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withoutBidiControlsDeep(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = withoutBidiControlsDeep(item);
    return copy as T;
  }
  return value;
}
