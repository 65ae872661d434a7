import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError } from '../../failures';
import { printJson, printLines } from '../../output';

/**
 * `trellis audit verify`: walks the whole audit log and its checkpoint; exits
 * 1 with AUDIT_LOG_ALTERED naming the first entry that is not as Trellis
 * wrote it. Changes nothing.
 */
export const auditVerifyCommand: CliCommand = {
  register(audit, action) {
    audit
      .command('verify')
      .description('check that no audit entry was changed, removed, reordered or slipped in, and none cut off')
      .addOption(jsonOption())
      .action(
        action<{ json?: boolean }>(async (cli, { json }) => {
          const verified = await withUnlockedCore(cli, (core) => core.call('audit.verify', {}));
          for (const warning of verified.earlierWarnings) {
            cli.io.stderr.write(
              `warning: at the unlock recorded as entry #${warning.id} the log did not reach its checkpoint.\n`,
            );
          }
          if (json && verified.ok) return printJson(cli.io, verified);
          if (verified.finding) throw new CliError('AUDIT_LOG_ALTERED', verified.finding.message);
          printLines(cli.io, [
            verified.entries === 0
              ? 'The audit log is empty.'
              : `The audit log is intact: ${verified.entries} entries, #1 to #${verified.lastId}, as Trellis wrote them.`,
          ]);
        }),
      );
  },
};
