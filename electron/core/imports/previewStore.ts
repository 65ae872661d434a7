import { randomUUID } from 'node:crypto';
import { TrellisError } from '../../common/errors';

/**
 * Previews live in memory only, between `imports.preview` and
 * `imports.commit`: nothing is written before the commit. They hold record
 * content, so they are few and short-lived, and dropped when used.
 */
export class PreviewStore<T> {
  private readonly previews = new Map<string, { value: T; at: number }>();

  constructor(
    private readonly maxPreviews = 4,
    private readonly lifetimeMs = 2 * 60 * 60_000,
  ) {}

  put(value: T): string {
    this.expire();
    while (this.previews.size >= this.maxPreviews) {
      const oldest = this.previews.keys().next().value as string;
      this.previews.delete(oldest);
    }
    const id = randomUUID();
    this.previews.set(id, { value, at: Date.now() });
    return id;
  }

  get(id: string): T {
    this.expire();
    const entry = this.previews.get(id);
    if (!entry) {
      throw new TrellisError('NOT_FOUND', 'This preview has expired or was already used. Preview the file again.');
    }
    return entry.value;
  }

  delete(id: string): boolean {
    return this.previews.delete(id);
  }

  clear(): void {
    this.previews.clear();
  }

  private expire(): void {
    const cutoff = Date.now() - this.lifetimeMs;
    for (const [id, entry] of this.previews) if (entry.at < cutoff) this.previews.delete(id);
  }
}
