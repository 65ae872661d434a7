import { useEffect, useState } from 'react';

/**
 * True once `active` has lasted `delay` ms: a backup that takes a moment
 * shows no progress bar that flashes and vanishes, a long one shows it.
 */
export function useShownAfter(active: boolean, delay = 1000): boolean {
  // The run the timer fired for; a new run starts hidden again.
  const [elapsedFor, setElapsedFor] = useState<number | null>(null);
  const [run, setRun] = useState(0);
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setRun((count) => count + 1);
  }
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setElapsedFor(run), delay);
    return () => clearTimeout(timer);
  }, [active, delay, run]);
  return active && elapsedFor === run;
}
