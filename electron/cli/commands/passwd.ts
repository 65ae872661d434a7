import type { CommandSetup } from '../command';
import { requireExistingDatabase, withCore } from '../database';
import { readNewPassphrase, readPassphrase } from '../passphrase';
import { newPassphraseEnv } from '../passphraseEnv';

/** `trellis passwd`: changes the passphrase by re-wrapping the data key; no record is re-encrypted. */
export const passwdCommand: CommandSetup = (command, action) =>
  command.action(
    action(async (cli) =>
      withCore(cli, async (core) => {
        await requireExistingDatabase(core);
        const current = await readPassphrase(cli.io, 'Current passphrase: ');
        // Check the current passphrase now, not after the new one was typed twice; the change is
        // made unlocked, so the audit log records it.
        await core.call('vault.unlock', { passphrase: current });
        const next = await readNewPassphrase(cli.io, newPassphraseEnv, 'New passphrase: ');
        await core.call('vault.changePassphrase', { current, next });
        cli.io.stdout.write('Passphrase changed. The recovery key is unchanged and still works.\n');
      }),
    ),
  );
