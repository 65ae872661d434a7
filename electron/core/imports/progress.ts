import { TrellisError } from '../../common/errors';
import type { ImportProgress } from './contract';

/**
 * Long imports report progress under a key the caller chose, and can be
 * cancelled by it. The UI polls `imports.progress` while a preview or commit
 * runs (the work yields to the event loop between batches of rows, so the
 * poll is answered) and shows a bar once it has taken more than a second.
 */
export class ProgressBoard {
  private readonly entries = new Map<
    string,
    { progress: ImportProgress; controller: AbortController; finishedAt: number | null }
  >();

  start(key: string | undefined, phase: ImportProgress['phase'], total: number | null = null): ProgressHandle {
    const controller = new AbortController();
    if (!key) return new ProgressHandle(null, controller.signal);
    this.prune();
    // Cancelled before the work began (the button was quicker than the request): start cancelled.
    const early = this.entries.get(key);
    if (early && early.progress.cancelled && early.finishedAt === null)
      return new ProgressHandle(early, early.controller.signal);
    const entry = {
      progress: { phase, done: 0, total, cancelled: false },
      controller,
      finishedAt: null as number | null,
    };
    this.entries.set(key, entry);
    return new ProgressHandle(entry, controller.signal);
  }

  get(key: string): ImportProgress | null {
    return this.entries.get(key)?.progress ?? null;
  }

  cancel(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      controller.abort();
      this.entries.set(key, {
        progress: { phase: 'reading', done: 0, total: null, cancelled: true },
        controller,
        finishedAt: null,
      });
      return true;
    }
    if (entry.finishedAt !== null) return false;
    entry.progress.cancelled = true;
    entry.controller.abort();
    return true;
  }

  /** Cancels whatever is running and forgets every entry (at lock). */
  clear(): void {
    for (const entry of this.entries.values()) {
      entry.progress.cancelled = true;
      entry.controller.abort();
    }
    this.entries.clear();
  }

  /** Finished entries are kept a few minutes so a last poll still sees "done". */
  private prune(): void {
    const cutoff = Date.now() - 5 * 60_000;
    for (const [key, entry] of this.entries)
      if (entry.finishedAt !== null && entry.finishedAt < cutoff) this.entries.delete(key);
  }
}

export class ProgressHandle {
  constructor(
    private readonly entry: { progress: ImportProgress; finishedAt: number | null } | null,
    readonly signal: AbortSignal,
  ) {}

  phase(phase: ImportProgress['phase'], total: number | null = null): void {
    if (!this.entry) return;
    this.entry.progress = { ...this.entry.progress, phase, done: 0, total };
  }

  update(done: number, total?: number | null): void {
    if (!this.entry) return;
    this.entry.progress.done = done;
    if (total !== undefined) this.entry.progress.total = total;
  }

  /** Throws IMPORT_CANCELLED when the caller cancelled. */
  check(): void {
    if (this.signal.aborted) throw cancelled();
  }

  finish(): void {
    if (!this.entry) return;
    this.entry.progress = { ...this.entry.progress, phase: 'done' };
    this.entry.finishedAt = Date.now();
  }
}

export function cancelled(): TrellisError {
  return new TrellisError('IMPORT_CANCELLED', 'The import was cancelled. Nothing was changed.');
}

/** Lets the event loop answer progress polls and cancellation during long synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
