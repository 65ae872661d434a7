import type { TopLevelCommand } from '../command';
import { newPassphraseEnv, passphraseEnv } from '../passphraseEnv';

/**
 * Every top-level command, in the order `trellis --help` lists them, with
 * what the help says of it. Each module is imported only when its command
 * runs (see program.ts). A new command is a folder or file here whose module
 * exports a CommandSetup, added to this list.
 *
 * The names are the core's domains (peerGroups is `peer-groups`, documents
 * `documents`); the older `groups`/`group` and `pdf` keep working for
 * scripts written before, hidden from the help.
 */
export const commands: TopLevelCommand[] = [
  {
    name: 'init',
    description: 'create a new encrypted database and show its recovery key (once)',
    load: async () => (await import('./init')).initCommand,
  },
  {
    name: 'status',
    description: 'check the database: schema version, record counts, encryption and integrity',
    load: async () => (await import('./status')).statusCommand,
  },
  {
    name: 'passwd',
    description: `change the passphrase (current from ${passphraseEnv}, new from ${newPassphraseEnv}, else asked)`,
    load: async () => (await import('./passwd')).passwdCommand,
  },
  {
    name: 'recover',
    description: `forgotten passphrase: the recovery key (from TRELLIS_RECOVERY_KEY, else asked) sets a new one (from ${newPassphraseEnv}, else asked)`,
    load: async () => (await import('./recover')).recoverCommand,
  },
  {
    name: 'audit',
    description:
      'the audit log: who did what to which record, and checking that no entry was changed, removed or cut off',
    load: async () => (await import('./audit')).auditCommand,
  },
  {
    name: 'auto-lock',
    description: 'show or set after how many minutes without use the app locks itself (5, 10, 15, 30, 60 or never)',
    load: async () => (await import('./autoLock')).autoLockCommand,
  },
  {
    name: 'faculty',
    description: 'the faculty directory: list and add people',
    load: async () => (await import('./faculty')).facultyCommand,
  },
  {
    name: 'mentorships',
    aliases: ['mentorship'],
    description: 'mentorships: who mentors, sponsors or peers whom, in which program',
    load: async () => (await import('./mentorships')).mentorshipsCommand,
  },
  {
    name: 'match',
    description: 'find mentors: suggestions for one person, or a whole cohort',
    load: async () => (await import('./match')).matchCommand,
  },
  {
    name: 'peer-groups',
    description: 'peer mentoring groups: list them and add members',
    load: async () => (await import('./peerGroups')).peerGroupsCommand,
  },
  {
    name: 'attention',
    description: 'what needs attention: people without mentors, overdue meetings and reviews, open requests, groups',
    load: async () => (await import('./attention')).attentionCommand,
  },
  {
    name: 'matrix',
    description: 'the role–responsibility matrix: show it, or export it as PDF or Excel',
    load: async () => (await import('./matrix')).matrixCommand,
  },
  {
    name: 'documents',
    description: 'write print-ready documents: partnership agreements, group commitment forms, service letters',
    load: async () => (await import('./documents')).documentsCommand,
  },
  {
    name: 'awards',
    description: 'mentoring awards: cycles, nominations and their letters, nomination packets',
    load: async () => (await import('./awards')).awardsCommand,
  },
  {
    name: 'workshops',
    aliases: ['workshop'],
    description: 'speed peer-mentoring workshops: participants, check-in, rounds of new pairs, printed sheets',
    load: async () => (await import('./workshops')).workshopsCommand,
  },
  {
    name: 'import',
    aliases: ['imports'],
    description: 'import a faculty roster or survey responses from .xlsx/.csv; list and undo imports',
    load: async () => (await import('./imports')).importCommand,
  },
  {
    name: 'survey',
    aliases: ['surveys'],
    description: 'surveys: list them, and report their answers (small groups suppressed)',
    load: async () => (await import('./surveys')).surveyCommand,
  },
  {
    name: 'demo',
    description: 'fill a new, empty database with invented records to explore (run "trellis init" first)',
    load: async () => (await import('./demo')).demoCommand,
  },
  {
    name: 'backup',
    aliases: ['backups'],
    description: 'back up the records, list and check backups, restore one',
    load: async () => (await import('./backup')).backupCommand,
  },
  {
    name: 'export',
    description:
      'export every record in open formats (not encrypted): CSV files or one workbook, a data dictionary, the letters',
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'groups',
    aliases: ['group'],
    hidden: true,
    description: 'old name of peer-groups',
    load: async () => (await import('./peerGroups')).peerGroupsCommand,
  },
  {
    name: 'pdf',
    hidden: true,
    description: 'old name of documents, and of awards packet and awards packets',
    load: async () => (await import('./oldPdf')).oldPdfCommand,
  },
];
