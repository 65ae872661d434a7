/**
 * Multi-select answers arrive as one cell: Microsoft Forms writes
 * `A;B;`, Google Forms `A, B`, Qualtrics `A,B`. Options themselves may hold
 * commas ("Research, clinical and teaching"), so a cell is split against the
 * question's known options — longest first — and only what matches no option
 * is split at the delimiter.
 */
export interface SplitChoices {
  selected: string[];
  /** Pieces that match no known option (a Google Forms "Other" answer, a typo, a retired option). */
  unknown: string[];
}

const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const separators = new Set([';', ',', '|', '\n', '\r']);

export class ChoiceSplitter {
  private readonly options: { label: string; folded: string }[];
  private readonly cache = new Map<string, SplitChoices>();

  constructor(options: readonly string[]) {
    this.options = options
      .map((label) => ({ label, folded: fold(label) }))
      .filter((o) => o.folded !== '')
      .sort((a, b) => b.folded.length - a.folded.length);
  }

  split(text: string): SplitChoices {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const result = this.compute(text);
    if (this.cache.size < 10_000) this.cache.set(text, result);
    return result;
  }

  private compute(text: string): SplitChoices {
    const value = text.normalize('NFC').replace(/\s+/g, ' ');
    const folded = value.toLowerCase();
    const delimiter = value.includes(';') ? ';' : value.includes('|') ? '|' : ',';
    const selected: string[] = [];
    const unknown: string[] = [];
    let i = 0;
    while (i < value.length) {
      while (i < value.length && (separators.has(value[i]!) || value[i] === ' ')) i++;
      if (i >= value.length) break;
      const option = this.options.find((o) => {
        if (!folded.startsWith(o.folded, i)) return false;
        let end = i + o.folded.length;
        while (end < value.length && value[end] === ' ') end++;
        return end >= value.length || separators.has(value[end]!);
      });
      if (option) {
        if (!selected.includes(option.label)) selected.push(option.label);
        i += option.folded.length;
        continue;
      }
      let end = value.indexOf(delimiter, i);
      if (end < 0) end = value.length;
      const piece = value.slice(i, end).trim();
      if (piece && !unknown.includes(piece)) unknown.push(piece);
      i = end + 1;
    }
    return { selected, unknown };
  }
}

/**
 * The options of a multi-select column when no survey defines them (a survey
 * created from a file): every cell that appears alone is an option, the rest
 * is split at the delimiter, and a piece starting in lower case is taken as
 * the tail of the previous one ("Research, clinical and teaching").
 */
export function inferChoiceOptions(values: Iterable<string>): string[] {
  const cells = [...values].map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const options: string[] = [];
  const add = (option: string) => {
    if (option && !options.some((o) => fold(o) === fold(option))) options.push(option);
  };
  // Cells without any separator are single options; they are known before the rest is split.
  for (const cell of cells) if (!/[;,]/.test(cell)) add(cell);
  for (const cell of cells) {
    const { unknown } = new ChoiceSplitter(options).split(cell);
    const glued: string[] = [];
    for (const piece of unknown) {
      if (glued.length > 0 && /^[a-z]/.test(piece) && !cell.includes(';')) glued[glued.length - 1] += `, ${piece}`;
      else glued.push(piece);
    }
    for (const piece of glued) add(piece);
  }
  return options;
}
