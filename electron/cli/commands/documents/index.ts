import type { CliCommand, CommandSetup } from '../../command';
import { documentsAgreementCommand } from './agreement';
import { documentsGroupCommitmentCommand } from './groupCommitment';
import { documentsLetterCommand } from './letter';

/**
 * The documents `trellis documents …` writes, in the order its help lists
 * them. A new document is a file in this folder exporting a CliCommand
 * (most use `documentCommand`), added to this list.
 */
export const documentSubcommands: CliCommand[] = [
  documentsAgreementCommand,
  documentsGroupCommitmentCommand,
  documentsLetterCommand,
];

/** `trellis documents …`: print-ready documents from the records, on the office's letterhead. */
export const documentsCommand: CommandSetup = (documents, action) => {
  for (const subcommand of documentSubcommands) subcommand.register(documents, action);
};
