import { InvalidArgumentError } from 'commander';
import { autoLockChoices, type AutoLockMinutes, type AutoLockSetting } from '../../core/autoLock/contract';
import { jsonOption, type CommandSetup } from '../command';
import { withUnlockedCore } from '../database';
import { printJson, printLines } from '../output';

const choices = [...autoLockChoices.map(String), 'never'];

function afterArg(value: string): AutoLockMinutes | null {
  if (value === 'never') return null;
  const minutes = Number(value);
  if (!(autoLockChoices as readonly number[]).includes(minutes))
    throw new InvalidArgumentError(`Choose ${autoLockChoices.join(', ')} or never.`);
  return minutes as AutoLockMinutes;
}

const describe = ({ minutes }: AutoLockSetting) =>
  minutes === null
    ? 'Trellis does not lock by itself.'
    : `Trellis locks after ${minutes} minutes without use, with a warning 30 seconds before.`;

/**
 * `trellis auto-lock [MINUTES|never]`: shows or sets when the app locks itself
 * (stored in the encrypted database, so it holds on every computer that opens
 * these records), for an IT office that sets computers up by script.
 */
export const autoLockCommand: CommandSetup = (command, action) =>
  command
    .argument('[after]', `${choices.join(', ')}; without it, the current setting is shown`, afterArg)
    .addOption(jsonOption())
    .action(
      action<{ json?: boolean }>(async (cli, options, command) => {
        const after = command.processedArgs[0] as AutoLockMinutes | null | undefined;
        const setting = await withUnlockedCore(cli, (core) =>
          after === undefined ? core.call('autoLock.get', {}) : core.call('autoLock.set', { minutes: after }),
        );
        if (options.json) printJson(cli.io, setting);
        else printLines(cli.io, [describe(setting)]);
      }),
    );
