/**
 * Runs the browser test host by hand, for looking at the UI or taking
 * screenshots:
 *
 *   npx electron-vite build
 *   npx tsx test/host/main.ts [--db PATH] [--passphrase P [--people N] [--demo small|large]] [--choose FILE …]
 *
 * Without --db the records go to a new temporary folder. With --passphrase the
 * database is created (or unlocked) before the page opens; --people then adds
 * that many invented faculty, and --demo fills a new database with the demo
 * mentoring records (as "Explore with demo data" does). Each --choose FILE is
 * the answer to one "Choose file…" dialog, in order (a browser has no system
 * dialog to show). Prints the URL; Ctrl+C stops the host.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startTestHost } from './server';
import { syntheticFaculty } from './syntheticFaculty';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    renderer: { type: 'string' },
    passphrase: { type: 'string' },
    people: { type: 'string' },
    demo: { type: 'string' },
    choose: { type: 'string', multiple: true },
  },
});

const databasePath = values.db ?? join(mkdtempSync(join(tmpdir(), 'trellis-host-')), 'trellis.db');
// The real clock: a person looks at the page in a browser whose clock is real too.
const host = await startTestHost({ databasePath, rendererDir: values.renderer, now: () => new Date() });
for (const file of values.choose ?? []) host.chooseNext('open', resolve(file));

if (values.passphrase) {
  const { state } = await host.core.call('vault.status', {});
  if (state === 'new') {
    const { recoveryKey } = await host.core.call('vault.create', { passphrase: values.passphrase });
    console.log(`Created a new database. Recovery key: ${recoveryKey}`);
  } else {
    await host.core.call('vault.unlock', { passphrase: values.passphrase });
  }
  for (const person of syntheticFaculty(Number(values.people ?? 0))) await host.core.call('faculty.create', person);
  if (values.demo) {
    const size = values.demo === 'large' ? 'large' : 'small';
    const filled = await host.core.call('demo.fill', { size });
    console.log(`Added ${size} demo records: ${JSON.stringify(filled.counts)}`);
  }
}

console.log(`Database: ${databasePath}`);
console.log(`Open: ${host.url}`);

const stop = () => void host.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
