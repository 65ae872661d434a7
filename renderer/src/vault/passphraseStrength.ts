import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { appWords, minimumStrengthScore, weakPassphraseMessage } from '@contract/vault';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  score: StrengthScore;
  label: string;
  color: string;
  /** zxcvbn's warning or first suggestion, in plain English; null when there is nothing to add. */
  advice: string | null;
  /** Weak passphrases are refused: the passphrase is all that stands between a stolen laptop and the records. */
  acceptable: boolean;
}

type Checker = (passphrase: string) => ZxcvbnResult;

let loading: Promise<Checker> | null = null;

/**
 * The dictionaries are several megabytes, so they load on first use (only the
 * screens that set a passphrase need them), once per window.
 */
export function loadStrengthChecker(): Promise<Checker> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) => {
      core.zxcvbnOptions.setOptions({
        translations: english.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...english.dictionary },
      });
      return (passphrase: string) => core.zxcvbn(passphrase, appWords);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const levels: Record<StrengthScore, { label: string; color: string }> = {
  0: { label: 'Very easy to guess', color: 'red' },
  1: { label: 'Easy to guess', color: 'orange' },
  2: { label: 'Fair', color: 'yellow' },
  3: { label: 'Strong', color: 'teal' },
  4: { label: 'Very strong', color: 'green' },
};

export function describeStrength(result: ZxcvbnResult): PassphraseStrength {
  const score = result.score as StrengthScore;
  const advice = result.feedback.warning || result.feedback.suggestions[0] || null;
  return { score, ...levels[score], advice, acceptable: score >= minimumStrengthScore };
}

/** For submit handlers: null when the passphrase is strong enough, else the message to show. */
export async function weaknessOf(passphrase: string): Promise<string | null> {
  const check = await loadStrengthChecker();
  return describeStrength(check(passphrase)).acceptable ? null : weakPassphraseMessage;
}
