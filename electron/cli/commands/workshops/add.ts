import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Core } from '../../../core';
import type { ParticipantSource } from '../../../core/workshops/contract';
import { jsonOption, type CliCommand } from '../../command';
import { withUnlockedCore } from '../../database';
import { CliError, exitCodes } from '../../failures';
import { recordIdArg } from '../../optionParsers';
import { printJson, printLines } from '../../output';
import { personByEmail } from '../../people';

interface AddOptions {
  workshop: number;
  faculty?: string[];
  group?: number;
  audience?: number;
  department?: string;
  walkIn?: string;
  email?: string;
  walkInDepartment?: string;
  signups?: string;
  json?: boolean;
}

/** `trellis workshops add`: participants from the directory, a group, an audience, a department, or a walk-in. */
export const workshopsAddCommand: CliCommand = {
  register(workshops, action) {
    workshops
      .command('add')
      .description('add participants: people by email, a peer group, a program’s audience, a department, or a walk-in')
      .addOption(new Option('--workshop <id>', 'the workshop').argParser(recordIdArg).makeOptionMandatory())
      .option('--faculty <email...>', 'people from the directory, by email')
      .addOption(new Option('--group <id>', 'every current member of a peer group').argParser(recordIdArg))
      .addOption(new Option('--audience <program-id>', 'everyone in a program’s target ranks').argParser(recordIdArg))
      .option('--department <name>', 'everyone active in a department')
      .option('--walk-in <name>', 'someone who came on the day (checked in at once)')
      .option('--email <email>', 'with --walk-in: their email (links them to the directory when it knows it)')
      .option('--walk-in-department <name>', 'with --walk-in: their department')
      .option('--signups <file>', 'a sign-up sheet (.xlsx or .csv), imported: people are matched to the directory')
      .addOption(jsonOption())
      .action(
        action<AddOptions>(async (cli, options) => {
          const chosen = [
            options.faculty,
            options.group,
            options.audience,
            options.department,
            options.walkIn,
            options.signups,
          ].filter((o) => o !== undefined);
          if (chosen.length !== 1) {
            throw new CliError(
              'USAGE',
              'Give one of --faculty, --group, --audience, --department, --walk-in or --signups (one source per run).',
              exitCodes.usage,
            );
          }
          const result = await withUnlockedCore(cli, async (core) => {
            if (options.signups) return importSignups(core, options.workshop, resolve(cli.io.cwd, options.signups));
            if (options.walkIn) {
              const workshop = await core.call('workshops.addWalkIn', {
                workshopId: options.workshop,
                name: options.walkIn,
                email: options.email,
                department: options.walkInDepartment,
              });
              return { workshop, added: 1, alreadyIn: 0, inactive: 0 };
            }
            return core.call('workshops.addParticipants', {
              workshopId: options.workshop,
              source: await sourceOf(core, options),
            });
          });
          if (options.json) {
            printJson(cli.io, result);
            return;
          }
          printLines(cli.io, [
            `Added ${result.added} ${result.added === 1 ? 'participant' : 'participants'} to ${result.workshop.title} (${result.workshop.heldOn}).`,
            ...(result.alreadyIn > 0 ? [`${result.alreadyIn} already on the list.`] : []),
            ...(result.inactive > 0 ? [`${result.inactive} inactive in the directory, left out.`] : []),
            `${result.workshop.participantCount} on the list, ${result.workshop.presentCount} present.`,
          ]);
        }),
      );
  },
};

/**
 * Previews and commits a sign-up sheet. Names the directory cannot settle
 * are kept by name, as in the app when nobody decides otherwise; link them
 * later in the app.
 */
async function importSignups(core: Core, workshopId: number, path: string) {
  const preview = await core.call('imports.previewSignups', { path, workshopId });
  const imported = await core.call('imports.commitSignups', { previewId: preview.previewId });
  const workshop = await core.call('workshops.get', { id: workshopId });
  return { workshop, added: imported.inserted, alreadyIn: imported.unchanged + imported.duplicates, inactive: 0 };
}

async function sourceOf(core: Core, options: AddOptions): Promise<ParticipantSource> {
  if (options.faculty) {
    const ids = [];
    for (const email of options.faculty) ids.push((await personByEmail(core, email)).id);
    return { kind: 'people', facultyIds: ids };
  }
  if (options.group !== undefined) return { kind: 'peerGroup', groupId: options.group };
  if (options.audience !== undefined) return { kind: 'programAudience', programId: options.audience };
  return { kind: 'department', department: options.department! };
}
