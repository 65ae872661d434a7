import type { CommandSetup } from '../../command';
import { auditListCommand } from './list';
import { auditVerifyCommand } from './verify';

/** `trellis audit …`: the record of who did what, and whether it is as Trellis wrote it. */
export const auditCommand: CommandSetup = (audit, action) => {
  for (const subcommand of [auditListCommand, auditVerifyCommand]) subcommand.register(audit, action);
};
