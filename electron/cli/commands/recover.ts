import type { CommandSetup } from '../command';
import { requireExistingDatabase, withCore } from '../database';
import { readNewPassphrase, readPassphrase } from '../passphrase';
import { newPassphraseEnv } from '../passphraseEnv';
import { recoveryKeyEnv } from './backup/secret';

/**
 * `trellis recover`: for a forgotten passphrase. The recovery key (from
 * TRELLIS_RECOVERY_KEY, else asked) unlocks the records and a new passphrase
 * replaces the old one; the recovery key stays valid. The audit log records
 * the recovery (never the key).
 */
export const recoverCommand: CommandSetup = (command, action) =>
  command.action(
    action(async (cli) =>
      withCore(cli, async (core) => {
        await requireExistingDatabase(core);
        const recoveryKey = await readPassphrase(cli.io, 'Recovery key: ', recoveryKeyEnv);
        const newPassphrase = await readNewPassphrase(cli.io, newPassphraseEnv, 'New passphrase: ');
        const { auditWarning } = await core.call('vault.recover', { recoveryKey, newPassphrase });
        if (auditWarning) cli.io.stderr.write(`warning: ${auditWarning}\n`);
        cli.io.stdout.write('Passphrase replaced. The recovery key is unchanged and still works.\n');
      }),
    ),
  );
