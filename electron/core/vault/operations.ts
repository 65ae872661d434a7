import { describeDatabase } from '../../../db/status';
import type { HandlerMap } from '../handlers';
import type { vaultContract } from './contract';
import { assertStrongPassphrase } from './passphraseStrength';

type VaultOperation = keyof typeof vaultContract;

export const vaultHandlers: HandlerMap<VaultOperation> = {
  'vault.status': {
    access: 'session',
    run: async ({ session }) => ({ state: session.state(), databasePath: session.databasePath }),
  },
  'vault.create': {
    access: 'session',
    run: async ({ session }, { passphrase }) => {
      await assertStrongPassphrase(passphrase);
      return { recoveryKey: await session.create(passphrase) };
    },
  },
  'vault.unlock': {
    access: 'session',
    run: async ({ session }, { passphrase }) => {
      await session.unlock(passphrase);
      return { state: session.state(), databasePath: session.databasePath };
    },
  },
  'vault.recover': {
    access: 'session',
    run: async ({ session }, { recoveryKey, newPassphrase }) => {
      await assertStrongPassphrase(newPassphrase, 'newPassphrase');
      await session.recover(recoveryKey, newPassphrase);
      return { state: session.state(), databasePath: session.databasePath };
    },
  },
  'vault.lock': {
    access: 'session',
    run: async ({ session }) => {
      await session.lock();
      return { state: session.state(), databasePath: session.databasePath };
    },
  },
  'vault.changePassphrase': {
    access: 'session',
    run: async ({ session }, { current, next }) => {
      await assertStrongPassphrase(next, 'next');
      await session.changePassphrase(current, next);
      return { changed: true };
    },
  },
  'vault.details': {
    access: 'session',
    run: async ({ session }) => ({
      databasePath: session.databasePath,
      ...(await describeDatabase(session.require())),
    }),
  },
};
