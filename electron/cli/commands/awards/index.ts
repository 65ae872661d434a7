import type { CliCommand, CommandSetup } from '../../command';
import { awardsAddLetterCommand } from './addLetter';
import { awardsCycleCreateCommand } from './cycleCreate';
import { awardsCyclesCommand } from './cycles';
import { awardsListCommand } from './list';
import { awardsNominateCommand } from './nominate';
import { awardsPacketCommand } from './packet';
import { awardsPacketsCommand } from './packets';

/** The nomination packets for the committee (formerly `trellis pdf packet|packets`, still accepted). */
export const packetCommands: CliCommand[] = [awardsPacketCommand, awardsPacketsCommand];

/** `trellis awards …`: award cycles, nominations with their letters, and their packets. */
export const awardsCommand: CommandSetup = (awards, action) => {
  for (const subcommand of [
    awardsCyclesCommand,
    awardsCycleCreateCommand,
    awardsListCommand,
    awardsNominateCommand,
    awardsAddLetterCommand,
    ...packetCommands,
  ]) {
    subcommand.register(awards, action);
  }
};
