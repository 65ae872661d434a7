import type { ShellCommand } from '@common/bridge';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';

/** Where each File menu command is done: its Settings section, and the button that does it. */
const targets: Record<ShellCommand, { section: string; button: string }> = {
  'back-up-now': { section: 'Backups', button: 'Back up now' },
  restore: { section: 'Backups', button: 'Restore from a file…' },
  'export-all': { section: 'Export all records', button: 'Export all records…' },
};

/**
 * File › Back Up Now…, Restore from Backup… and Export All Records… bring
 * the window to the Settings section that does it, with its button focused:
 * the person sees the warnings and choices there before anything happens.
 */
export function MenuCommands() {
  const navigate = useNavigate();
  useEffect(() => {
    const stop = window.trellis?.onCommand?.((command) => {
      void navigate('/settings');
      focusWhenShown(targets[command]);
    });
    return stop;
  }, [navigate]);
  return null;
}

/** The page renders after navigating: look for the section a few times, then give up quietly. */
function focusWhenShown({ section, button }: { section: string; button: string }, tries = 30): void {
  const found = [...document.querySelectorAll<HTMLElement>('section[aria-label]')].find(
    (element) => element.getAttribute('aria-label') === section,
  );
  const target = [...(found?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (element) => element.textContent?.trim() === button,
  );
  if (found && target) {
    found.scrollIntoView({ block: 'start' });
    target.focus();
  } else if (tries > 0) {
    setTimeout(() => focusWhenShown({ section, button }, tries - 1), 100);
  }
}
