import { Option } from 'commander';
import type { Attendance, Workshop } from '../../../core/workshops/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError, exitCodes } from '../../failures';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';

interface CheckinOptions {
  workshop: number;
  who?: string[];
  all?: boolean;
  left?: boolean;
  undo?: boolean;
  json?: boolean;
}

/** `trellis workshops checkin`: marks who came (or who left during the workshop). */
export const workshopsCheckinCommand: CliCommand = {
  register(workshops, action) {
    workshops
      .command('checkin')
      .description('check people in on the day, by email or name (or everyone on the list); --left marks who left')
      .addOption(new Option('--workshop <id>', 'the workshop').argParser(recordIdArg).makeOptionMandatory())
      .argument('[who...]', 'participants, by email or by name as on the list')
      .option('--all', 'everyone on the list')
      .option('--left', 'they left during the workshop (plan the rounds to come again)')
      .option('--undo', 'back to expected: a check-in made by mistake')
      .addOption(jsonOption())
      .action(
        action<CheckinOptions>(async (cli, options, command) => {
          const who = command.args;
          if (who.length > 0 === Boolean(options.all)) {
            throw new CliError('USAGE', 'Name the participants (by email or name), or give --all.', exitCodes.usage);
          }
          const attendance: Attendance = options.left ? 'left' : options.undo ? 'expected' : 'present';
          const workshop = await withUnlockedCore(cli, async (core) => {
            const current = await core.call('workshops.get', { id: options.workshop });
            const ids = options.all
              ? current.participants.map((p) => p.id)
              : who.map((w) => participantNamed(current, w));
            return core.call('workshops.setAttendance', { participantIds: ids, attendance });
          });
          if (options.json) printJson(cli.io, workshop);
          else
            printLines(cli.io, [
              `${workshop.presentCount} of ${workshop.participantCount} present at ${workshop.title}.`,
            ]);
        }),
      );
  },
};

function participantNamed(workshop: Workshop, who: string): number {
  const wanted = who.trim().toLowerCase();
  const found = workshop.participants.filter((p) =>
    wanted.includes('@') ? p.email?.toLowerCase() === wanted : p.name.toLowerCase() === wanted,
  );
  if (found.length === 1) return found[0]!.id;
  throw new CliError(
    found.length === 0 ? 'NOT_FOUND' : 'AMBIGUOUS',
    found.length === 0
      ? `No one on this workshop’s list is ${who.trim()}. Add them first ("trellis workshops add --walk-in …").`
      : `${found.length} people on the list are called ${who.trim()}; use their email instead.`,
  );
}
