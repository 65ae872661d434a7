/** What the idle timer needs of time; the browser's by default, a hand-moved one in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as Parameters<typeof globalThis.clearTimeout>[0]),
};

export interface IdleTimerOptions {
  /** How long without use before `onIdle`. */
  idleMs: number;
  /** How long before that `onWarn` is called (shortened when the idle time itself is shorter). */
  warnBeforeMs: number;
  clock: Clock;
  onWarn: () => void;
  /** Use came back during the warning: the warning can go. */
  onWarnCancelled: () => void;
  onIdle: () => void;
}

export interface IdleTimer {
  /** Someone used the app: start counting again. Cheap, so it can be called on every mouse move. */
  activity(): void;
  stop(): void;
}

/**
 * Calls `onWarn`, then `onIdle`, after a stretch without `activity()`.
 * Decisions are taken from the clock's time, not from how many timeouts have
 * fired, so a computer that slept through the limit locks as soon as it
 * wakes. Activity only notes the time; the one pending timeout re-checks
 * when it fires, so a stream of mouse moves costs no timer churn.
 */
export function createIdleTimer({
  idleMs,
  warnBeforeMs,
  clock,
  onWarn,
  onWarnCancelled,
  onIdle,
}: IdleTimerOptions): IdleTimer {
  const warnAfterMs = Math.max(0, idleMs - warnBeforeMs);
  let lastActivity = clock.now();
  let warned = false;
  let stopped = false;
  let pending: unknown = null;

  function schedule(ms: number) {
    pending = clock.setTimeout(check, Math.max(0, ms));
  }

  function check() {
    pending = null;
    if (stopped) return;
    const idleFor = clock.now() - lastActivity;
    if (idleFor >= idleMs) {
      stopped = true;
      onIdle();
      return;
    }
    if (idleFor >= warnAfterMs) {
      if (!warned) {
        warned = true;
        onWarn();
      }
      schedule(idleMs - idleFor);
      return;
    }
    schedule(warnAfterMs - idleFor);
  }

  schedule(warnAfterMs);

  return {
    activity() {
      if (stopped) return;
      lastActivity = clock.now();
      if (warned) {
        warned = false;
        onWarnCancelled();
        // The pending check was aimed at the lock; aim it at the next warning instead.
        if (pending !== null) clock.clearTimeout(pending);
        schedule(warnAfterMs);
      }
    },
    stop() {
      stopped = true;
      if (pending !== null) clock.clearTimeout(pending);
      pending = null;
    },
  };
}
