import type { CommandSetup } from '../command';
import { packetCommands } from './awards';
import { documentSubcommands } from './documents';

/**
 * `trellis pdf …`, the old name of `trellis documents …` and of `trellis
 * awards packet|packets`, kept so scripts written before still run. Hidden
 * from the help; the same commands under their domain's name.
 */
export const oldPdfCommand: CommandSetup = (pdf, action) => {
  for (const subcommand of [...documentSubcommands, ...packetCommands]) subcommand.register(pdf, action);
};
