import { describeDatabase } from '../../../db/status';
import type { HandlerMap } from '../handlers';
import type { Session } from '../session';
import type { vaultContract, VaultStatus } from './contract';
import { assertStrongPassphrase } from './passphraseStrength';

type VaultOperation = keyof typeof vaultContract;

const statusOf = (session: Session): VaultStatus => {
  const auditWarning = session.auditWarning();
  return {
    state: session.state(),
    databasePath: session.databasePath,
    ...(auditWarning ? { auditWarning } : {}),
  };
};

export const vaultHandlers: HandlerMap<VaultOperation> = {
  'vault.status': {
    access: 'session',
    run: async ({ session }) => statusOf(session),
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
      return statusOf(session);
    },
  },
  'vault.recover': {
    access: 'session',
    run: async ({ session }, { recoveryKey, newPassphrase }) => {
      await assertStrongPassphrase(newPassphrase, 'newPassphrase');
      await session.recover(recoveryKey, newPassphrase);
      return statusOf(session);
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
