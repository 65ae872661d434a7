import { createTheme } from '@mantine/core';

/**
 * Calm and legible for long days of office work: system fonts (nothing is
 * downloaded), a quiet indigo accent, comfortable sizes.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '600' },
  // People who ask their system for less motion get no sliding drawers or fading notifications.
  respectReducedMotion: true,
});
