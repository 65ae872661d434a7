/**
 * The policy every app page is served with. Nothing remote: scripts, styles,
 * images and fonts come only from app://trellis/. Mantine sets inline styles,
 * hence 'unsafe-inline' for styles only; scripts stay strictly 'self'.
 * renderer/index.html carries a matching <meta> policy for the dev server and
 * the browser test host; where both apply, the browser enforces both.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
