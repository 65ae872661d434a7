import { z } from 'zod';
import { operation } from '../../common/contractKit';

/** The smallest passphrase the core accepts; the UI also shows a strength meter. */
export const minimumPassphraseLength = 10;

const newPassphrase = z
  .string({ error: 'Choose a passphrase.' })
  .min(minimumPassphraseLength, {
    error: `Use at least ${minimumPassphraseLength} characters; a few unrelated words work well.`,
  })
  .max(1024);

export type VaultState = 'new' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  databasePath: string;
}

export interface DatabaseDetails {
  databasePath: string;
  schemaVersion: string | null;
  cipher: string;
  integrity: string;
  counts: Record<string, number>;
}

export const vaultContract = {
  'vault.status': operation<VaultStatus>()(z.object({})),
  'vault.create': operation<{ recoveryKey: string }>()(z.object({ passphrase: newPassphrase })),
  'vault.unlock': operation<VaultStatus>()(
    z.object({ passphrase: z.string().min(1, { error: 'Enter your passphrase.' }) }),
  ),
  'vault.recover': operation<VaultStatus>()(
    z.object({ recoveryKey: z.string().min(1, { error: 'Enter the recovery key.' }), newPassphrase }),
  ),
  'vault.lock': operation<VaultStatus>()(z.object({})),
  'vault.changePassphrase': operation<{ changed: true }>()(
    z.object({ current: z.string().min(1, { error: 'Enter your current passphrase.' }), next: newPassphrase }),
  ),
  'vault.details': operation<DatabaseDetails>()(z.object({})),
};

/** The passphrase-strength rule, for the renderer's meter (pure constants). */
export { appWords, minimumStrengthScore, weakPassphraseMessage } from './strengthRules';
