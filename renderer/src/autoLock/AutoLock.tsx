import { notifications } from '@mantine/notifications';
import { useEffect, useEffectEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePlaceBeforeLock } from '../shell/placeBeforeLock';
import { errorMessage } from '../api/client';
import { useOperation, useOperationMutation } from '../api/useOperation';
import { clearAutoLockNote, noteAutoLock } from './autoLockNote';
import { browserClock, createIdleTimer } from './idleTimer';

const warningId = 'auto-lock-warning';
const warnBeforeMs = 30_000;
/** What counts as someone using the app. Listened to on the window, before any element handles it. */
const activityEvents = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Locks the records after the chosen time without keyboard or mouse use, with
 * a warning 30 seconds before that any use cancels. Rendered once inside the
 * unlocked app; it shows nothing until the warning.
 */
export function AutoLock() {
  const minutes = useOperation('autoLock.get', {}).data?.minutes ?? null;
  const lock = useOperationMutation('vault.lock');
  const navigate = useNavigate();
  const notePlace = usePlaceBeforeLock();
  // The timer outlives renders; an effect event always reaches the latest lock and navigate.
  const lockNow = useEffectEvent(async (idleMinutes: number) => {
    // Noted before locking, so the unlock screen can say why it appeared from its first frame (inline:
    // it clears every notification, so that nothing read from the records lingers).
    noteAutoLock(idleMinutes);
    notePlace();
    // Awaited rather than per-call callbacks: locking unmounts this component, and React Query
    // skips a call's own callbacks once its component is gone.
    try {
      await lock.mutateAsync({});
    } catch (error) {
      clearAutoLockNote();
      notifications.show({ color: 'red', title: 'Trellis could not lock', message: errorMessage(error) });
      return;
    }
    // The address shows nothing of the records while locked; unlocking returns to the page noted above.
    await navigate('/', { replace: true });
  });

  useEffect(() => {
    if (minutes === null) return;
    const timer = createIdleTimer({
      idleMs: minutes * 60_000,
      warnBeforeMs,
      clock: browserClock,
      onWarn: () =>
        notifications.show({
          id: warningId,
          color: 'yellow',
          title: 'Trellis will lock in 30 seconds',
          message: 'It has not been used for a while. Move the mouse or press a key to keep working.',
          autoClose: false,
          withCloseButton: false,
        }),
      onWarnCancelled: () => notifications.hide(warningId),
      onIdle: () => {
        notifications.hide(warningId);
        void lockNow(minutes);
      },
    });
    const onActivity = () => timer.activity();
    const options = { capture: true, passive: true };
    for (const type of activityEvents) window.addEventListener(type, onActivity, options);
    return () => {
      timer.stop();
      for (const type of activityEvents) window.removeEventListener(type, onActivity, options);
      notifications.hide(warningId);
    };
  }, [minutes]);

  return null;
}
