/**
 * Removes a respondent's identity from their own comment before staff see
 * it: their full name, each part of it (a comment signed "— Maria"), and any
 * email address. Matching ignores letter case and accents, so "Garcia" is
 * found for "García". Pure.
 */

const removed = '[name removed]';
const emailPattern = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[a-z]{2,}/giu;

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Name parts long enough to be identifying; "Li" or "de" alone would strike ordinary words. */
function namePartsOf(name: string): string[] {
  const parts = name.split(/[\s,]+/).filter((p) => p.replace(/[.\-']/g, '').length >= 3);
  return [name.trim(), ...parts].filter(Boolean).sort((a, b) => b.length - a.length);
}

export function anonymiseComment(text: string, respondent: { name: string; email: string } | null): string {
  let out = text.replace(emailPattern, '[email removed]');
  if (!respondent) return out;
  for (const part of namePartsOf(respondent.name)) out = replaceFolded(out, part, removed);
  return out;
}

/**
 * Replaces every whole-word occurrence of `needle`, compared without case or
 * accents. Folding changes lengths ("é" may be two code points), so the text
 * is folded one character at a time and matched against that.
 */
function replaceFolded(text: string, needle: string, replacement: string): string {
  const target = fold(needle);
  if (!target) return text;
  const chars = [...text];
  const folded = chars.map((c) => fold(c));
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const match = matchAt(folded, i, target);
    const before = i === 0 ? '' : folded[i - 1]!;
    const after = match === null ? '' : (folded[match] ?? '');
    if (match !== null && !isWordChar(before) && !isWordChar(after)) {
      out += replacement;
      i = match;
    } else {
      out += chars[i];
      i += 1;
    }
  }
  return out;
}

/** The index just after `target` when it starts at `start`, else null. */
function matchAt(folded: readonly string[], start: number, target: string): number | null {
  let built = '';
  let j = start;
  while (j < folded.length && built.length < target.length) {
    built += folded[j];
    j += 1;
  }
  return built === target ? j : null;
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);
