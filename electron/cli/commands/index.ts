import type { CliCommand } from '../command';
import { attentionCommand } from './attention';
import { autoLockCommand } from './autoLock';
import { awardsCommand } from './awards';
import { backupCommand } from './backup';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { facultyCommand } from './faculty';
import { groupsCommand } from './groups';
import { importCommand } from './imports';
import { initCommand } from './init';
import { matrixCommand } from './matrix';
import { mentorshipsCommand } from './mentorships';
import { passwdCommand } from './passwd';
import { pdfCommand } from './pdf';
import { statusCommand } from './status';
import { surveyCommand } from './surveys';

/**
 * Every top-level command, in the order `trellis --help` lists them. A new
 * command is a file in this folder exporting a CliCommand, added here.
 */
export const commands: CliCommand[] = [
  initCommand,
  statusCommand,
  passwdCommand,
  autoLockCommand,
  facultyCommand,
  mentorshipsCommand,
  groupsCommand,
  attentionCommand,
  matrixCommand,
  pdfCommand,
  awardsCommand,
  importCommand,
  surveyCommand,
  demoCommand,
  backupCommand,
  exportCommand,
];
