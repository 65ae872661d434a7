/**
 * The one passphrase-strength rule, shared by the core (which enforces it for
 * every client, the CLI included) and the renderer (which shows it as you type).
 * Pure: no imports.
 */

/** Words an attacker would try first against this app. */
export const appWords = ['trellis', 'mentoring', 'mentor', 'faculty', 'affairs', 'office'];

/** zxcvbn scores 0–4; below "fair" is refused. The passphrase is all that stands
 * between a stolen laptop and the records. */
export const minimumStrengthScore = 2;

export const weakPassphraseMessage =
  'This passphrase is too easy to guess. Add another word or two that are not related.';
