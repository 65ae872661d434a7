import type { HandlerMap } from '../handlers';
import { isoDate } from '../../common/isoDates';
import type { demoContract } from './contract';
import { fillDemoData } from './fill';

type DemoOperation = keyof typeof demoContract;

export const demoHandlers: HandlerMap<DemoOperation> = {
  'demo.fill': {
    access: 'write',
    run: async ({ db, now, audit }, { size, seed }) => {
      const counts = await fillDemoData(db, size, isoDate(now()), { seed, stamp: now().toISOString() });
      // The audit names the action, not the invented records.
      audit('demo_data', `${size}:${seed}`);
      return { size, seed, counts };
    },
  },
};
