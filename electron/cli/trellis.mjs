#!/usr/bin/env node
// The `trellis` bin: runs the TypeScript entry through tsx, so `npm link` and
// `npx trellis` work from a checkout without a build step.
let tsImport;
try {
  ({ tsImport } = await import('tsx/esm/api'));
} catch {
  // tsx is a development dependency: absent after `npm install --omit=dev`.
  process.stderr.write(
    'trellis: The command line needs the development tools. Run "npm install" in the Trellis folder first.\n',
  );
  process.exit(1);
}
await tsImport('./main.ts', import.meta.url);
