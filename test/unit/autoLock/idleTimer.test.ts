import { describe, expect, it } from 'vitest';
import { createIdleTimer, type Clock } from '../../../renderer/src/autoLock/idleTimer';

/** A clock moved by hand: `advance` runs every timeout that falls due on the way, in order. */
function manualClock() {
  let time = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock = {
    now: () => time,
    setTimeout(run, ms) {
      const id = nextId++;
      timers.set(id, { at: time + ms, run });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
  };
  return {
    clock,
    pending: () => timers.size,
    advance(ms: number) {
      const until = time + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        time = Math.max(time, due[1].at);
        due[1].run();
      }
      time = until;
    },
    /** Jumps without running timeouts, like a computer asleep; the next due timeout runs late. */
    sleep(ms: number) {
      time += ms;
    },
  };
}

const minute = 60_000;
const second = 1_000;

function setup(idleMs = 15 * minute, warnBeforeMs = 30 * second) {
  const time = manualClock();
  const events: string[] = [];
  const timer = createIdleTimer({
    idleMs,
    warnBeforeMs,
    clock: time.clock,
    onWarn: () => events.push(`warn@${time.clock.now()}`),
    onWarnCancelled: () => events.push(`cancel@${time.clock.now()}`),
    onIdle: () => events.push(`idle@${time.clock.now()}`),
  });
  return { time, events, timer };
}

describe('the idle timer', () => {
  it('warns 30 seconds before the limit, then reports idle at the limit, once', () => {
    const { time, events } = setup();
    time.advance(14 * minute + 29 * second);
    expect(events).toEqual([]);
    time.advance(1 * second);
    expect(events).toEqual([`warn@${14 * minute + 30 * second}`]);
    time.advance(30 * second);
    expect(events).toEqual([`warn@${14 * minute + 30 * second}`, `idle@${15 * minute}`]);
    time.advance(60 * minute);
    expect(events).toHaveLength(2);
    expect(time.pending()).toBe(0);
  });

  it('counts from the last use: steady use never warns', () => {
    const { time, events, timer } = setup();
    for (let i = 0; i < 100; i++) {
      time.advance(10 * minute);
      timer.activity();
    }
    expect(events).toEqual([]);
    // Activity does not pile up timeouts: one check is pending at any time.
    expect(time.pending()).toBe(1);
    time.advance(15 * minute);
    expect(events.map((e) => e.split('@')[0])).toEqual(['warn', 'idle']);
  });

  it('any use during the warning cancels it and starts the full time again', () => {
    const { time, events, timer } = setup();
    time.advance(14 * minute + 45 * second);
    timer.activity();
    const usedAt = 14 * minute + 45 * second;
    expect(events).toEqual([`warn@${14 * minute + 30 * second}`, `cancel@${usedAt}`]);
    time.advance(14 * minute + 29 * second);
    expect(events).toHaveLength(2);
    time.advance(31 * second);
    expect(events.slice(2)).toEqual([`warn@${usedAt + 14 * minute + 30 * second}`, `idle@${usedAt + 15 * minute}`]);
  });

  it('locks at once after the computer slept through the limit', () => {
    const { time, events } = setup();
    time.advance(1 * minute);
    time.sleep(2 * 60 * minute);
    time.advance(0);
    expect(events.map((e) => e.split('@')[0])).toEqual(['idle']);
  });

  it('does nothing after stop, and ignores use after idle', () => {
    const stopped = setup();
    stopped.timer.stop();
    stopped.time.advance(60 * minute);
    expect(stopped.events).toEqual([]);
    expect(stopped.time.pending()).toBe(0);

    const idle = setup(5 * minute);
    idle.time.advance(5 * minute);
    idle.timer.activity();
    idle.time.advance(60 * minute);
    expect(idle.events.map((e) => e.split('@')[0])).toEqual(['warn', 'idle']);
  });

  it('with a limit shorter than the warning, warns at once', () => {
    const { time, events } = setup(10 * second, 30 * second);
    time.advance(0);
    expect(events).toEqual(['warn@0']);
    time.advance(10 * second);
    expect(events).toEqual(['warn@0', `idle@${10 * second}`]);
  });
});
