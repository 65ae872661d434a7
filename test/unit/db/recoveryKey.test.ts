import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, normalizeRecoveryKey } from '../../../db/recoveryKey';

describe('recovery keys', () => {
  it('are eight groups of four unambiguous characters, different every time', () => {
    const a = generateRecoveryKey();
    const b = generateRecoveryKey();
    expect(a).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(a).not.toBe(b);
  });

  it('forgive case, spacing and letters that look like digits', () => {
    const key = generateRecoveryKey();
    const typed = key.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeRecoveryKey(typed)).toBe(key);
  });

  it('reject text of the wrong length or with characters outside the alphabet', () => {
    expect(normalizeRecoveryKey('ABCD-EFGH')).toBeNull();
    expect(normalizeRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});
