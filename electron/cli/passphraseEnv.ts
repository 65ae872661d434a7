/**
 * Environment variables scripts use instead of the prompt. Apart from
 * passphrase.ts (which loads the core's passphrase rule) so the help can
 * name them without loading anything.
 */
export const passphraseEnv = 'TRELLIS_PASSPHRASE';
export const newPassphraseEnv = 'TRELLIS_NEW_PASSPHRASE';
