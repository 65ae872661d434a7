import { z } from 'zod';
import { operation } from '../../common/contractKit';

/**
 * Invented records to explore Trellis with ("explore with demo data", and
 * `trellis demo --size small|large`). Only a new, empty database is filled.
 */

export const demoSizes = ['small', 'large'] as const;
export type DemoSize = (typeof demoSizes)[number];

export const demoFillInput = z.object({
  size: z.enum(demoSizes, { error: 'Choose a small or a large demo.' }).default('small'),
  /** The same seed gives the same records. */
  seed: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1)
    .default(1),
});

export interface DemoFilled {
  size: DemoSize;
  seed: number;
  /** Rows written per table. */
  counts: Record<string, number>;
}

export const demoContract = {
  'demo.fill': operation<DemoFilled>()(demoFillInput, {
    changes: ['demo', 'faculty', 'programs', 'mentorships', 'changeRequests', 'peerGroups', 'meetings'],
  }),
  /** Whether the open database holds invented records (the title bar and a banner say "Demo"). */
  'demo.status': operation<{ demo: boolean }>()(z.object({})),
  /** A separate demo database at `path` (never the office's own), returned closed with its recovery key. */
  'demo.createDatabase': operation<DemoFilled & { path: string; recoveryKey: string }>()(
    demoFillInput.extend({
      path: z.string({ error: 'Choose where the demo database goes.' }).trim().min(1),
      passphrase: z.string().min(10, { error: 'Use at least 10 characters.' }).max(1024),
    }),
  ),
};
