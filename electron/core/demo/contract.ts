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
    changes: ['faculty', 'programs', 'mentorships', 'changeRequests', 'peerGroups', 'meetings'],
  }),
};
