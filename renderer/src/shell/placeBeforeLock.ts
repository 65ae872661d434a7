import { useEffect, useEffectEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * The page that was open when the records were locked, kept in this window's
 * memory only (never on disk, never in the address while locked), so the
 * person who unlocks comes back to where the work was.
 */
let placeBeforeLock: string | null = null;

/** Notes the page open now; locking then shows the dashboard's address behind the unlock screen. */
export function usePlaceBeforeLock(): () => void {
  const { pathname, search } = useLocation();
  return () => {
    placeBeforeLock = pathname === '/' ? null : `${pathname}${search}`;
  };
}

/** Once the records are open again, goes back to the page noted at lock (once). */
export function useReturnAfterUnlock(): void {
  const navigate = useNavigate();
  const returnToPlace = useEffectEvent(() => {
    const place = placeBeforeLock;
    placeBeforeLock = null;
    if (place) void navigate(place, { replace: true });
  });
  // Only when the frame appears (after unlocking), not each time the address changes.
  useEffect(() => returnToPlace(), []);
}
