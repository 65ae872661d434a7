import { createCore, type Core } from '../core';
import { CliError } from './failures';
import { osUserName } from './io';
import type { CliContext } from './command';
import { readPassphrase } from './passphrase';

/**
 * Runs `work` with a core on the chosen database and always closes it after,
 * so the data key leaves memory and the WAL is checkpointed before exit, also
 * when the work fails or the user presses Ctrl-C mid-way.
 */
export async function withCore<T>(cli: CliContext, work: (core: Core) => Promise<T>): Promise<T> {
  const core = createCore({
    databasePath: cli.databasePath,
    actor: osUserName(cli.io.env),
    // The core passes only the kind of an unexpected failure, never record text.
    logError: (message) => cli.io.stderr.write(`trellis: ${message}\n`),
    // An automatic backup that cannot be taken is said once; the command still does its work.
    onBackupProblem: (problem) => cli.io.stderr.write(`warning: ${problem.message}\n`),
  });
  const closeThenExit = (signal: NodeJS.Signals) => {
    void core.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', closeThenExit);
  process.once('SIGTERM', closeThenExit);
  try {
    return await work(core);
  } finally {
    process.off('SIGINT', closeThenExit);
    process.off('SIGTERM', closeThenExit);
    await core.close();
  }
}

/** Like withCore, with the records unlocked by the passphrase (asked for only if the database exists). */
export async function withUnlockedCore<T>(cli: CliContext, work: (core: Core) => Promise<T>): Promise<T> {
  return withCore(cli, async (core) => {
    await requireExistingDatabase(core);
    const { auditWarning } = await core.call('vault.unlock', { passphrase: await readPassphrase(cli.io) });
    if (auditWarning) cli.io.stderr.write(`warning: ${auditWarning}\n`);
    return work(core);
  });
}

/** Fails before any passphrase is asked for when there is nothing to unlock. */
export async function requireExistingDatabase(core: Core): Promise<void> {
  const { state, databasePath } = await core.call('vault.status', {});
  if (state === 'new') {
    throw new CliError(
      'DATABASE_MISSING',
      `There is no Trellis database at ${databasePath}. Run "trellis init" to create one, or pass --db with the path of an existing one.`,
    );
  }
}
