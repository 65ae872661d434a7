import { Option } from 'commander';
import type { Core } from '../../../core';
import {
  mentorshipKindLabels,
  mentorshipKinds,
  mentorshipStatuses,
  type MentorshipKind,
  type MentorshipRow,
  type MentorshipStatus,
} from '../../../core/mentorships/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { oneOf, recordIdArg } from '../../optionParsers';
import { formatTable, printJson, printLines } from '../../output';
import { emailAdder } from '../../people';

interface ListOptions {
  program?: number;
  status?: MentorshipStatus;
  kind?: MentorshipKind;
  json?: boolean;
}

/** The core's largest page; the command pages through everything that matches. */
const pageSize = 5000;

export const mentorshipsListCommand: CliCommand = {
  register(mentorships, action) {
    mentorships
      .command('list')
      .description('list mentorships (all of them unless filtered), by mentee')
      .addOption(new Option('--program <id>', 'only this program (its id)').argParser(recordIdArg))
      .addOption(new Option('--status <status>', mentorshipStatuses.join(', ')).argParser(oneOf(mentorshipStatuses)))
      .addOption(new Option('--kind <kind>', mentorshipKinds.join(', ')).argParser(oneOf(mentorshipKinds)))
      .addOption(jsonOption())
      .action(
        action<ListOptions>(async (cli, { json, program, status, kind }) => {
          const rows = await withUnlockedCore(cli, async (core) => {
            const found = await listAll(core, { programId: program, status, kind });
            if (!json) return found;
            // Scripts chain the list into commands that find people by email (documents letter --faculty).
            const withEmail = await emailAdder(core);
            return found.map((row) => ({ ...row, mentor: withEmail(row.mentor), mentee: withEmail(row.mentee) }));
          });
          if (json) {
            printJson(cli.io, rows);
            return;
          }
          if (rows.length === 0) {
            printLines(cli.io, ['No mentorships match.']);
            return;
          }
          printLines(cli.io, [
            ...mentorshipTable(rows),
            '',
            rows.length === 1 ? '1 mentorship' : `${rows.length} mentorships`,
          ]);
        }),
      );
  },
};

async function listAll(
  core: Core,
  filters: { programId?: number; status?: MentorshipStatus; kind?: MentorshipKind },
): Promise<MentorshipRow[]> {
  const rows: MentorshipRow[] = [];
  for (;;) {
    const page = await core.call('mentorships.list', { ...filters, offset: rows.length, limit: pageSize });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}

function mentorshipTable(rows: MentorshipRow[]): string[] {
  return formatTable(
    ['Id', 'Mentee', 'Mentor', 'Kind', 'Status', 'Program', 'Started', 'Next review', 'Last meeting', 'Same dept'],
    rows.map((row) => [
      String(row.id),
      row.mentee.name,
      row.mentor.name,
      mentorshipKindLabels[row.kind],
      row.status === 'ended' && row.endedOn ? `ended ${row.endedOn}` : row.status,
      row.program.name,
      row.startDate,
      row.nextReviewOn ?? '',
      row.lastMeetingOn ?? 'none',
      row.sameDepartment ? 'yes' : 'no',
    ]),
  );
}
