import type { CliCommand } from '../../command';
import { pdfAgreementCommand } from './agreement';
import { pdfGroupCommitmentCommand } from './groupCommitment';
import { pdfLetterCommand } from './letter';
import { pdfPacketCommand } from './packet';
import { pdfPacketsCommand } from './packets';

/**
 * The documents `trellis pdf …` writes, in the order `trellis pdf --help`
 * lists them. A new document is a file in this folder exporting a
 * CliCommand (most use `documentCommand`), added to this list.
 */
export const pdfSubcommands: CliCommand[] = [
  pdfAgreementCommand,
  pdfGroupCommitmentCommand,
  pdfLetterCommand,
  pdfPacketCommand,
  pdfPacketsCommand,
];

/** `trellis pdf …`: print-ready documents from the records. */
export const pdfCommand: CliCommand = {
  register(program, action) {
    const pdf = program
      .command('pdf')
      .description(
        'write print-ready documents: partnership agreements, group commitment forms, service letters, nomination packets',
      );
    for (const subcommand of pdfSubcommands) subcommand.register(pdf, action);
  },
};
