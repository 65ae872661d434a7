import type { CliIo } from '../../io';
import { readPassphrase } from '../../passphrase';

/** A backup's own passphrase may differ from today's: TRELLIS_BACKUP_PASSPHRASE, else TRELLIS_PASSPHRASE, else asked. */
export const backupPassphraseEnv = 'TRELLIS_BACKUP_PASSPHRASE';
export const recoveryKeyEnv = 'TRELLIS_RECOVERY_KEY';

export async function backupSecret(io: CliIo): Promise<{ passphrase: string } | { recoveryKey: string }> {
  const recoveryKey = io.env[recoveryKeyEnv];
  if (recoveryKey) return { recoveryKey };
  const own = io.env[backupPassphraseEnv];
  if (own) return { passphrase: own };
  return { passphrase: await readPassphrase(io, 'Passphrase of the backup (as it was when the backup was made): ') };
}
