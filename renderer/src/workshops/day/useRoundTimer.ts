import { useCallback, useEffect, useRef, useState } from 'react';

export type Signal = 'swap' | 'end';

export interface RoundTimer {
  /** Milliseconds left in the round. */
  remainingMs: number;
  running: boolean;
  /** Past half-time: partners have swapped roles. */
  secondHalf: boolean;
  finished: boolean;
  /** The signal being flashed right now, for a few seconds after it came. */
  flashing: Signal | null;
  toggle: () => void;
  reset: () => void;
}

type View = Omit<RoundTimer, 'toggle' | 'reset'>;

const flashMs = 5000;
const tickMs = 200;

/**
 * A round's countdown from `roundSeconds`, with a signal at `halfTimeSeconds`
 * ("swap roles") and at the end. Time is read from Date.now() on a
 * setInterval tick, both of which Playwright's clock controls, so a test can
 * run a round forward without waiting. Starts paused: the facilitator starts
 * it when everyone is seated. The running count lives in a ref changed only
 * by the tick and the keys; the screen shows a snapshot of it.
 */
export function useRoundTimer(
  roundSeconds: number,
  halfTimeSeconds: number,
  onSignal: (s: Signal) => void,
): RoundTimer {
  const totalMs = roundSeconds * 1000;
  const halfMs = halfTimeSeconds * 1000;
  const count = useRef({
    banked: 0,
    startedAt: null as number | null,
    last: 0,
    flash: null as Signal | null,
    until: 0,
  });
  const signal = useRef(onSignal);
  useEffect(() => {
    signal.current = onSignal;
  });
  const [view, setView] = useState<View>({
    remainingMs: totalMs,
    running: false,
    secondHalf: false,
    finished: false,
    flashing: null,
  });

  const update = useCallback(() => {
    const c = count.current;
    const at = Date.now();
    const elapsed = Math.min(totalMs, c.banked + (c.startedAt !== null ? Math.max(0, at - c.startedAt) : 0));
    const crossed: Signal | null =
      c.last < totalMs && elapsed >= totalMs ? 'end' : c.last < halfMs && elapsed >= halfMs ? 'swap' : null;
    c.last = elapsed;
    if (crossed) {
      c.flash = crossed;
      c.until = at + flashMs;
      signal.current(crossed);
    } else if (c.flash && at >= c.until) c.flash = null;
    if (elapsed >= totalMs && c.startedAt !== null) {
      c.banked = totalMs;
      c.startedAt = null;
    }
    setView({
      remainingMs: totalMs - elapsed,
      running: c.startedAt !== null,
      secondHalf: elapsed >= halfMs,
      finished: elapsed >= totalMs,
      flashing: c.flash,
    });
  }, [halfMs, totalMs]);

  useEffect(() => {
    const timer = setInterval(update, tickMs);
    return () => clearInterval(timer);
  }, [update]);

  const toggle = useCallback(() => {
    const c = count.current;
    const at = Date.now();
    if (c.startedAt !== null) {
      c.banked = Math.min(totalMs, c.banked + (at - c.startedAt));
      c.startedAt = null;
    } else if (c.banked < totalMs) c.startedAt = at;
    update();
  }, [totalMs, update]);

  const reset = useCallback(() => {
    count.current = { banked: 0, startedAt: null, last: 0, flash: null, until: 0 };
    update();
  }, [update]);

  return { ...view, toggle, reset };
}

/** 9:05, 0:42. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
