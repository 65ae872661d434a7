import type { CliCommand } from '../command';
import { facultyCommand } from './faculty';
import { initCommand } from './init';
import { passwdCommand } from './passwd';
import { statusCommand } from './status';

/**
 * Every top-level command, in the order `trellis --help` lists them. A new
 * command is a file in this folder exporting a CliCommand, added here.
 */
export const commands: CliCommand[] = [initCommand, statusCommand, passwdCommand, facultyCommand];
