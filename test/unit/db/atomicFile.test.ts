import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeAbandonedTemporaries, writeFileAtomic, writeFileAtomicSync } from '../../../db/atomicFile';
import { tempDir } from '../../support/tempCore';

describe('files written beside, fsynced, then renamed', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => dir.remove());

  it('creates the file owner-only, replaces only when asked, and leaves no temporary file', async () => {
    const path = join(dir.path, 'packet.pdf');
    await writeFileAtomic(path, 'first', { replace: false });
    expect(readFileSync(path, 'utf8')).toBe('first');
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    await expect(writeFileAtomic(path, 'second', { replace: false })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(path, 'utf8')).toBe('first');
    writeFileAtomicSync(path, Buffer.from('third'), { replace: true });
    expect(readFileSync(path, 'utf8')).toBe('third');
    expect(readdirSync(dir.path)).toEqual(['packet.pdf']);
  });

  it('a failing source leaves the old file exactly as it was', async () => {
    const path = join(dir.path, 'backup.trellisbackup');
    writeFileSync(path, 'the good one');
    async function* failing(): AsyncIterable<Uint8Array> {
      yield Buffer.from('half of');
      throw new Error('disk pulled out');
    }
    await expect(writeFileAtomic(path, failing(), { replace: true })).rejects.toThrow('disk pulled out');
    expect(readFileSync(path, 'utf8')).toBe('the good one');
    expect(readdirSync(dir.path)).toEqual(['backup.trellisbackup']);
  });

  it('removes temporary files of writers that died, and keeps those of live ones', () => {
    const dead = join(dir.path, '.x.pdf.999999999-0a1b2c3d.tmp');
    const live = join(dir.path, `.y.pdf.${process.pid}-0a1b2c3d.tmp`);
    writeFileSync(dead, 'left by a killed process');
    writeFileSync(live, 'being written');
    removeAbandonedTemporaries(dir.path);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});
