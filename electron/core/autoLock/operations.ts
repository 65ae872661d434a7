import type { HandlerMap } from '../handlers';
import type { autoLockContract } from './contract';
import { autoLockKey, readAutoLock, writeAutoLock } from './setting';

type AutoLockOperation = keyof typeof autoLockContract;

export const autoLockHandlers: HandlerMap<AutoLockOperation> = {
  'autoLock.get': { access: 'read', run: ({ db }) => readAutoLock(db) },
  'autoLock.set': {
    access: 'write',
    run: async ({ db, now, audit }, { minutes }) => {
      await writeAutoLock(db, minutes, now());
      audit('setting', autoLockKey);
      return readAutoLock(db);
    },
  },
};
