import { z } from 'zod';
import { operation } from '../../../common/contractKit';
import type { ExportedFile } from '../../../common/exportedFile';
import { recordId } from '../../../common/fields';
import { nominationStatuses, type NominationStatus } from '../contract';

/**
 * Nomination packets (issue 6): one nomination's packet for the selection
 * committee, the cycle's limits checked before printing, and all packets of a
 * cycle in one run with progress and cancel. Pure: the renderer imports it.
 */

export { nominationStatuses, type NominationStatus } from '../contract';
/** What the committee reads by default: nominations that were handed in and not yet turned down. */
export const defaultPacketStatuses = ['submitted', 'under_review', 'selected'] as const satisfies NominationStatus[];

export const limitCodes = [
  'TOO_MANY_SUPPORT_LETTERS',
  'LETTER_OVER_PAGE_LIMIT',
  'STATEMENT_OVER_PAGE_LIMIT',
  'PACKET_OVER_PAGE_LIMIT',
] as const;
export type LimitCode = (typeof limitCodes)[number];

/** A cycle's limit that a nomination exceeds. Generating still works; the office decides. */
export interface LimitWarning {
  nominationId: number;
  nominee: string;
  code: LimitCode;
  message: string;
}

export interface PacketResult {
  file: ExportedFile;
  pages: number;
  warnings: LimitWarning[];
}

export type PacketBatchResult =
  | { cancelled: false; files: ExportedFile[]; packets: number; pages: number; warnings: LimitWarning[] }
  | { cancelled: true };

export interface PacketProgress {
  done: number;
  total: number;
  cancelled: boolean;
}

const progressKey = z.string().trim().min(1).max(100);

const checkInput = z
  .object({ cycleId: recordId('Choose the award cycle.').optional(), nominationId: recordId().optional() })
  .refine((v) => (v.cycleId === undefined) !== (v.nominationId === undefined), {
    error: 'Choose either a cycle or one nomination to check.',
  });

/** A packet holds the nominee's mentoring record in Trellis and the survey evidence of their mentees. */
const packetReads = ['awards', 'faculty', 'mentorships', 'meetings', 'peerGroups', 'surveys'] as const;

export const packetsContract = {
  'awards.packets.one': operation<PacketResult>()(z.object({ nominationId: recordId('Choose the nomination.') }), {
    reads: packetReads,
  }),
  'awards.packets.check': operation<LimitWarning[]>()(checkInput, { reads: packetReads }),
  'awards.packets.generate': operation<PacketBatchResult>()(
    z.object({
      cycleId: recordId('Choose the award cycle.'),
      output: z.enum(['combined', 'perNominee'], { error: 'Choose one combined file or one file per nominee.' }),
      statuses: z
        .array(z.enum(nominationStatuses, { error: 'Choose nomination statuses from the list.' }))
        .min(1, { error: 'Choose at least one nomination status.' })
        .default([...defaultPacketStatuses]),
      progressKey: progressKey.optional(),
    }),
    { reads: packetReads },
  ),
  'awards.packets.progress': operation<{ progress: PacketProgress | null }>()(z.object({ progressKey })),
  'awards.packets.cancel': operation<{ cancelled: boolean }>()(z.object({ progressKey })),
};
