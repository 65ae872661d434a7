import { vaultContract } from '../core/vault/contract';
import { CliError } from './failures';
import { askHidden } from './hiddenPrompt';
import type { CliIo } from './io';
import { passphraseEnv } from './passphraseEnv';

/** The core's own rule for a new passphrase, so the CLI can refuse a short one before asking twice. */
const newPassphraseRule = vaultContract['vault.create'].input.shape.passphrase;

function fromEnv(io: CliIo, name: string): string | undefined {
  const value = io.env[name];
  // An empty variable is almost always a script bug (an unset shell variable), not a passphrase.
  return value === undefined || value === '' ? undefined : value;
}

function canPrompt(io: CliIo): boolean {
  return io.stdin.isTTY === true;
}

function noPassphrase(envName: string): CliError {
  return new CliError(
    'PASSPHRASE_REQUIRED',
    `No passphrase given. Set ${envName}, or run trellis in a terminal to be asked for it.`,
  );
}

/** The passphrase that unlocks an existing database: from the environment, else asked for. */
export async function readPassphrase(
  io: CliIo,
  question = 'Passphrase: ',
  envName: string = passphraseEnv,
): Promise<string> {
  const value = fromEnv(io, envName);
  if (value !== undefined) return value;
  if (!canPrompt(io)) throw noPassphrase(envName);
  return askHidden(question, io);
}

/**
 * A passphrase being chosen: from the environment, else asked for twice so a
 * typing slip cannot lock the office out of its own records.
 */
export async function readNewPassphrase(io: CliIo, envName: string, question = 'New passphrase: '): Promise<string> {
  const value = fromEnv(io, envName);
  if (value !== undefined) return checkedNewPassphrase(value);
  if (!canPrompt(io)) throw noPassphrase(envName);
  const first = checkedNewPassphrase(await askHidden(question, io));
  const second = await askHidden('Type it again: ', io);
  if (first !== second) throw new CliError('VALIDATION', 'The two passphrases do not match. Nothing was changed.');
  return first;
}

function checkedNewPassphrase(passphrase: string): string {
  const result = newPassphraseRule.safeParse(passphrase);
  if (!result.success)
    throw new CliError('VALIDATION', result.error.issues[0]?.message ?? 'Choose a longer passphrase.');
  return passphrase;
}
