import { Option } from 'commander';
import type { MatchSuggestions } from '../../../core/matching/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { personByEmail } from '../../people';
import { programFor } from './people';

interface SuggestOptions {
  mentee: string;
  program?: number;
  json?: boolean;
}

/** `trellis match suggest`: the best mentors for one person, with why, and who was left out. */
export const matchSuggestCommand: CliCommand = {
  register(match, action) {
    match
      .command('suggest')
      .description('suggest mentors for one person: the best five with why, and who is left out and why')
      .requiredOption('--mentee <email>', 'the person looking for a mentor')
      .addOption(
        new Option('--program <id>', 'the program (default: the one whose audience includes their rank)').argParser(
          recordIdArg,
        ),
      )
      .addOption(jsonOption())
      .action(
        action<SuggestOptions>(async (cli, options) => {
          const result = await withUnlockedCore(cli, async (core) => {
            const mentee = await personByEmail(core, options.mentee);
            const program = await programFor(core, options.program, mentee);
            return core.call('matching.suggest', { menteeId: mentee.id, programId: program.id });
          });
          if (options.json) printJson(cli.io, result);
          else printLines(cli.io, describe(result));
        }),
      );
  },
};

function describe(result: MatchSuggestions): string[] {
  const { mentee } = result;
  const lines = [`Mentors for ${mentee.name} (${mentee.rank}, ${mentee.department}) in ${result.program.name}:`];
  if (result.suggestions.length === 0) lines.push('  No one passes the program’s rules and reaches its minimum score.');
  result.suggestions.forEach((s, i) => {
    lines.push(
      `  ${i + 1}. ${s.mentor.name} (${s.mentor.rank}, ${s.mentor.department})  ${s.score.toFixed(2)}`,
      `     ${s.reasons.join(' · ')}`,
    );
  });
  const counts = Object.entries(result.leftOutByReason)
    .map(([code, n]) => `${n} ${code.toLowerCase().replace(/_/g, ' ')}`)
    .join(', ');
  lines.push('', `Left out: ${result.leftOutCount}${counts ? ` (${counts})` : ''}. Those who would have fitted best:`);
  for (const person of result.leftOut.slice(0, 10)) {
    lines.push(
      `  - ${person.person.name}${person.named ? ' (asked for)' : ''}: ${person.reasons.map((r) => r.message).join(' ')}`,
    );
  }
  lines.push('', 'A suggestion is only a suggestion: nothing was created.');
  return lines;
}
