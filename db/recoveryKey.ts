import { randomBytes } from 'node:crypto';

/**
 * Recovery keys are 160 random bits written in Crockford's base32 (no I, L, O
 * or U, so nothing is easy to misread) as eight groups of four characters:
 * `7K3M-QX2A-…`. Typing is forgiving: case, spaces and dashes do not matter,
 * and the letters people confuse with digits are read as those digits.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groupCount = 8;
const groupLength = 4;

export function generateRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return formatRecoveryKey(out);
}

function formatRecoveryKey(compact: string): string {
  const groups: string[] = [];
  for (let i = 0; i < groupCount; i++) groups.push(compact.slice(i * groupLength, (i + 1) * groupLength));
  return groups.join('-');
}

/** Returns the canonical form, or null when the text cannot be a recovery key. */
export function normalizeRecoveryKey(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== groupCount * groupLength) return null;
  for (const ch of compact) if (!alphabet.includes(ch)) return null;
  return formatRecoveryKey(compact);
}
