import { Option } from 'commander';
import type { CohortProposal, PublishedBatch } from '../../../core/matching/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError, exitCodes } from '../../failures';
import { recordIdArg } from '../../optionParsers';
import { formatTable, printJson, printLines } from '../../output';
import { directoryByEmail, emailsInFile, idsForEmails, programFor } from './people';

interface CohortOptions {
  program: number;
  mentees?: string;
  attention?: boolean;
  publish?: boolean;
  json?: boolean;
}

/** `trellis match cohort`: the best assignment for a whole cohort, shown, and published on request. */
export const matchCohortCommand: CliCommand = {
  register(match, action) {
    match
      .command('cohort')
      .description(
        'match a cohort of mentees at once (most matched, then highest total score); --publish makes the pairs proposed mentorships',
      )
      .addOption(new Option('--program <id>', 'the program').argParser(recordIdArg).makeOptionMandatory())
      .option('--mentees <file>', 'a text file of the mentees’ email addresses, one a line')
      .option('--attention', 'everyone in the program’s audience with no mentor (the default)')
      .option('--publish', 'create the pairs as proposed mentorships, as one batch that can be undone')
      .addOption(jsonOption())
      .action(
        action<CohortOptions>(async (cli, options) => {
          if (options.mentees && options.attention)
            throw new CliError('USAGE', 'Choose --mentees FILE or --attention, not both.', exitCodes.usage);
          const emails = options.mentees ? emailsInFile(cli.io, options.mentees) : null;
          const { proposal, published } = await withUnlockedCore(cli, async (core) => {
            const program = await programFor(core, options.program);
            const menteeIds = emails ? idsForEmails(await directoryByEmail(core), emails) : undefined;
            const proposal = await core.call('matching.cohort.propose', {
              programId: program.id,
              ...(menteeIds ? { menteeIds } : { withoutMentor: true }),
            });
            const published =
              options.publish && proposal.pairs.length > 0
                ? await core.call('matching.cohort.publish', {
                    programId: program.id,
                    pairs: proposal.pairs.map((p) => ({ menteeId: p.mentee.id, mentorId: p.mentor.id })),
                  })
                : null;
            return { proposal, published };
          });
          if (options.json) printJson(cli.io, { ...proposal, published });
          else printLines(cli.io, describe(proposal, published, options.publish ?? false));
        }),
      );
  },
};

function describe(proposal: CohortProposal, published: PublishedBatch | null, publish: boolean): string[] {
  const { summary } = proposal;
  const lines = [
    `${proposal.program.name}: ${summary.matched} of ${summary.mentees} mentees matched from a pool of ${summary.poolSize}` +
      (summary.averageScore !== null ? `, average score ${summary.averageScore.toFixed(2)}.` : '.'),
  ];
  if (proposal.pairs.length > 0) {
    lines.push(
      '',
      ...formatTable(
        ['Mentee', 'Mentor', 'Score', 'Why'],
        proposal.pairs.map((p) => [p.mentee.name, p.mentor.name, p.score.toFixed(2), p.reasons.join(' · ')]),
      ),
    );
  }
  if (proposal.unmatched.length > 0) {
    lines.push('', `Not matched (${proposal.unmatched.length}):`);
    for (const u of proposal.unmatched) lines.push(`  - ${u.message}`);
  }
  lines.push(
    '',
    published
      ? `Published as match ${published.batchId}: ${published.mentorshipIds.length} proposed mentorships. Undo it with "trellis match undo ${published.batchId}" while none of them has changed.`
      : publish
        ? 'Nothing to publish.'
        : 'Nothing was created. Run again with --publish to make these pairs proposed mentorships.',
  );
  return lines;
}
