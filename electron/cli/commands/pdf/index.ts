import type { CliCommand } from '../../command';
import { pdfPacketCommand } from './packet';
import { pdfPacketsCommand } from './packets';

/** `trellis pdf …`: print-ready documents. (Minimal on this branch: the documents' subcommands join it on merge.) */
export const pdfCommand: CliCommand = {
  register(program, action) {
    const pdf = program.command('pdf').description('write print-ready PDF documents: nomination packets');
    for (const subcommand of [pdfPacketCommand, pdfPacketsCommand]) subcommand.register(pdf, action);
  },
};
