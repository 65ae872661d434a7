import { TrellisError } from '../../common/errors';
import type { WorkProgress } from './contract';

/**
 * Progress and cancel for long work that is not an import or a packet run:
 * backups, restores and exports. The caller picks a key, polls
 * `work.progress` with it while the work runs (the work yields between
 * steps, so the poll is answered), and can cancel with `work.cancel`.
 */
export class WorkBoard {
  private readonly entries = new Map<string, { progress: WorkProgress; controller: AbortController }>();

  start(key: string | undefined, phase: string): WorkHandle {
    const early = key ? this.entries.get(key) : undefined;
    // Cancelled before the work began (the button was quicker than the request): start cancelled.
    if (early?.progress.cancelled && !early.progress.finished) return new WorkHandle(early.progress, early.controller);
    const entry = {
      progress: { phase, done: 0, total: null, cancelled: false, finished: false },
      controller: new AbortController(),
    };
    if (key) this.entries.set(key, entry);
    return new WorkHandle(entry.progress, entry.controller);
  }

  get(key: string): WorkProgress | null {
    return this.entries.get(key)?.progress ?? null;
  }

  cancel(key: string): boolean {
    const entry = this.entries.get(key);
    if (entry?.progress.finished) return false;
    if (!entry) {
      const controller = new AbortController();
      controller.abort();
      this.entries.set(key, {
        progress: { phase: 'waiting', done: 0, total: null, cancelled: true, finished: false },
        controller,
      });
      return true;
    }
    entry.progress.cancelled = true;
    entry.controller.abort();
    return true;
  }

  /** Cancels whatever runs and forgets every entry (at lock). */
  clear(): void {
    for (const entry of this.entries.values()) entry.controller.abort();
    this.entries.clear();
  }
}

export class WorkHandle {
  constructor(
    private readonly progress: WorkProgress,
    private readonly controller: AbortController,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  phase(phase: string, total: number | null = null): void {
    Object.assign(this.progress, { phase, done: 0, total });
  }

  update(done: number): void {
    this.progress.done = done;
  }

  /** Throws WORK_CANCELLED when the caller cancelled. */
  check(): void {
    if (this.controller.signal.aborted) throw workCancelled();
  }

  finish(): void {
    this.progress.finished = true;
  }
}

export function workCancelled(): TrellisError {
  return new TrellisError('WORK_CANCELLED', 'Cancelled. Nothing was changed.');
}

/** Cancellation inside streams arrives as an AbortError; the person sees WORK_CANCELLED. */
export function asCancelled(error: unknown): unknown {
  return error instanceof Error && error.name === 'AbortError' ? workCancelled() : error;
}
