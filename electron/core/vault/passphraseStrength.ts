import type { ZxcvbnResult } from '@zxcvbn-ts/core';
import { TrellisError } from '../../common/errors';
import { appWords, minimumStrengthScore, weakPassphraseMessage } from './strengthRules';

type Checker = (passphrase: string) => ZxcvbnResult;
let checker: Promise<Checker> | undefined;

/** The dictionaries are several megabytes: loaded on the first passphrase change, not at start-up. */
function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    core.zxcvbnOptions.setOptions({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
    return (passphrase: string) => core.zxcvbn(passphrase, appWords);
  });
  return checker;
}

/** Refuses a guessable new passphrase with WEAK_PASSPHRASE, whatever client chose it. */
export async function assertStrongPassphrase(passphrase: string, field = 'passphrase'): Promise<void> {
  const result = (await loadChecker())(passphrase);
  if (result.score < minimumStrengthScore) {
    throw new TrellisError('WEAK_PASSPHRASE', weakPassphraseMessage, { [field]: weakPassphraseMessage });
  }
}
