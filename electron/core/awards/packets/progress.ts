import type { PacketProgress } from './contract';

/**
 * Progress of batch runs, under a key the caller chose, and their cancel
 * switch. The same idea as the imports' board: the run yields to the event
 * loop between nominees, so `awards.packets.progress` and `.cancel` are
 * answered while it works. Finished runs are forgotten after a few minutes.
 */
export class PacketProgressBoard {
  private readonly runs = new Map<string, { progress: PacketProgress; finishedAt: number | null }>();

  start(key: string | undefined, total: number): PacketRun {
    if (!key) return new PacketRun(null);
    this.prune();
    // A cancel that arrived before the run began still counts.
    const early = this.runs.get(key);
    const cancelled = early !== undefined && early.finishedAt === null && early.progress.cancelled;
    const run = { progress: { done: 0, total, cancelled }, finishedAt: null };
    this.runs.set(key, run);
    return new PacketRun(run);
  }

  get(key: string): PacketProgress | null {
    const run = this.runs.get(key);
    return run ? { ...run.progress } : null;
  }

  cancel(key: string): boolean {
    const run = this.runs.get(key);
    if (!run) {
      this.runs.set(key, { progress: { done: 0, total: 0, cancelled: true }, finishedAt: null });
      return true;
    }
    if (run.finishedAt !== null) return false;
    run.progress.cancelled = true;
    return true;
  }

  private prune(): void {
    const cutoff = Date.now() - 5 * 60_000;
    for (const [key, run] of this.runs) if (run.finishedAt !== null && run.finishedAt < cutoff) this.runs.delete(key);
  }
}

export class PacketRun {
  constructor(private readonly run: { progress: PacketProgress; finishedAt: number | null } | null) {}

  get cancelled(): boolean {
    return this.run?.progress.cancelled ?? false;
  }

  advance(done: number): void {
    if (this.run) this.run.progress.done = done;
  }

  finish(): void {
    if (this.run) this.run.finishedAt = Date.now();
  }
}

/** Lets the event loop answer progress polls and a cancel between two packets. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
