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
  /** Set while unlocked when the audit log did not reach its checkpoint at unlock (plain words to show). */
  auditWarning?: string;
}

export interface DatabaseDetails {
  databasePath: string;
  schemaVersion: string | null;
  cipher: string;
  integrity: string;
  counts: Record<string, number>;
}

/** The domains that keep records in tables of their own. */
const recordDomains = [
  'autoLock',
  'faculty',
  'programs',
  'mentorships',
  'meetings',
  'changeRequests',
  'peerGroups',
  'matrix',
  'imports',
  'surveys',
  'awards',
  'documents',
] as const;

export const vaultContract = {
  'vault.status': operation<VaultStatus>()(z.object({})),
  /**
   * Changes no record a client holds: it leaves the new database open, but a client lets people in only once
   * they have saved the recovery key, and reads the status again then.
   */
  'vault.create': operation<{ recoveryKey: string }>()(z.object({ passphrase: newPassphrase })),
  'vault.unlock': operation<VaultStatus>()(
    z.object({ passphrase: z.string().min(1, { error: 'Enter your passphrase.' }) }),
    { changes: ['vault'] },
  ),
  'vault.recover': operation<VaultStatus>()(
    z.object({ recoveryKey: z.string().min(1, { error: 'Enter the recovery key.' }), newPassphrase }),
    { changes: ['vault'] },
  ),
  'vault.lock': operation<VaultStatus>()(z.object({}), { changes: ['vault'] }),
  'vault.changePassphrase': operation<{ changed: true }>()(
    z.object({ current: z.string().min(1, { error: 'Enter your current passphrase.' }), next: newPassphrase }),
  ),
  /** Counts the records of every table, so any write makes it out of date. */
  'vault.details': operation<DatabaseDetails>()(z.object({}), { reads: ['vault', ...recordDomains] }),
};

/** The passphrase-strength rule, for the renderer's meter (pure constants). */
export { appWords, minimumStrengthScore, weakPassphraseMessage } from './strengthRules';
