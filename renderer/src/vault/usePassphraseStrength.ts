import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { describeStrength, loadStrengthChecker, type PassphraseStrength } from './passphraseStrength';

type Checker = Awaited<ReturnType<typeof loadStrengthChecker>>;

/** The strength of what is typed so far; null while empty or while the dictionaries load. */
export function usePassphraseStrength(passphrase: string): PassphraseStrength | null {
  const [checker, setChecker] = useState<Checker | null>(null);
  // Typing stays responsive on long passphrases: the estimate may lag a keystroke.
  const deferred = useDeferredValue(passphrase);

  useEffect(() => {
    let current = true;
    loadStrengthChecker().then(
      (check) => current && setChecker(() => check),
      // Without the dictionaries the meter stays hidden; the length rule still applies.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  return useMemo(() => (checker && deferred ? describeStrength(checker(deferred)) : null), [checker, deferred]);
}
