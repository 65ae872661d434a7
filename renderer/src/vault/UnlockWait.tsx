import { Alert, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

/** A countdown in whole seconds: start it with the seconds to wait; it reaches 0 on its own. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((seconds) => seconds - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return [left, setLeft];
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * After several wrong passphrases Trellis waits before the next try (the core
 * says how long): the time left, counting down, and the way out that never waits.
 */
export function UnlockWait({ secondsLeft }: { secondsLeft: number }) {
  return (
    <Alert color="orange" title="Please wait before the next try" role="status" aria-live="polite">
      <Text size="sm">
        The passphrase was wrong several times in a row, so Trellis waits a little longer after each wrong one. You can
        try again in <strong>{clock(secondsLeft)}</strong>.
      </Text>
      <Text size="sm" mt="xs">
        If the passphrase is forgotten, the recovery key works at once: choose “Forgot your passphrase?”.
      </Text>
    </Alert>
  );
}
