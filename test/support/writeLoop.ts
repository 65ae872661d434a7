/**
 * A second process writing to the same encrypted database, for tests of
 * backups taken while another connection writes and of two writers at once.
 * Run: node --import tsx test/support/writeLoop.ts DB PASSPHRASE INTERVAL_MS
 * Prints `wrote N` after each commit and `busy CODE` for a refused write;
 * stops when its standard input closes.
 */
import { createCore } from '../../electron/core/core';
import { fastKdf } from './tempCore';

const [databasePath, passphrase, interval] = process.argv.slice(2);
const core = createCore({ databasePath: databasePath!, actor: 'writer', kdfCost: fastKdf, automaticBackups: false });
await core.call('vault.unlock', { passphrase: passphrase! });
let stopped = false;
process.stdin.on('end', () => (stopped = true)).resume();
process.stdout.write('ready\n');
for (let i = 0; !stopped; i++) {
  const result = await core.invoke('faculty.create', {
    name: `Writer ${i}`,
    email: `writer${i}@loop.example.edu`,
    rank: 'Professor',
    department: 'Medicine',
  });
  process.stdout.write(result.ok ? `wrote ${i + 1}\n` : `refused ${result.error.code}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(interval ?? 0)));
}
await core.close();
