import { z } from 'zod';
import { operation } from '../../common/contractKit';

/** Progress of long work (backups, restores, exports), polled with the key the caller gave it. */
export interface WorkProgress {
  phase: string;
  done: number;
  total: number | null;
  cancelled: boolean;
  finished: boolean;
}

export const progressKeyInput = z.string().min(8).max(100);

export const workContract = {
  /** Asked for again and again while work runs, so built from no records a change could make out of date. */
  'work.progress': operation<{ progress: WorkProgress | null }>()(z.object({ progressKey: progressKeyInput }), {
    reads: [],
  }),
  'work.cancel': operation<{ cancelled: boolean }>()(z.object({ progressKey: progressKeyInput }), { reads: [] }),
};
