import { minimumPassphraseLength } from '@contract/vault';
import { z } from 'zod';

/** The fields every "choose a new passphrase" form shares, with the core's length rule. */
export const newPassphraseShape = {
  passphrase: z.string().min(minimumPassphraseLength, {
    error: `Use at least ${minimumPassphraseLength} characters; a few unrelated words work well.`,
  }),
  confirm: z.string().min(1, { error: 'Type the passphrase again.' }),
};

/** For `.refine(passphrasesMatch, passphraseMismatch)`: the second entry must match the first. */
export function passphrasesMatch(values: { passphrase: string; confirm: string }): boolean {
  return values.passphrase === values.confirm;
}

export const passphraseMismatch = { path: ['confirm'], error: 'The two passphrases do not match.' };
