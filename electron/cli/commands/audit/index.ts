import type { CommandSetup } from '../../command';
import { auditVerifyCommand } from './verify';

/** `trellis audit …`: the record of who did what, and whether it is as Trellis wrote it. */
export const auditCommand: CommandSetup = (audit, action) => {
  for (const subcommand of [auditVerifyCommand]) subcommand.register(audit, action);
};
