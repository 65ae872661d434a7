import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../electron/core/imports/contract';
import { count } from './helpers/core';
import { writeWorkbook } from './helpers/files';
import { useImportsCore } from './helpers/importsCore';
import { rosterHeader } from './helpers/roster';

describe('roster import: progress and cancelling', () => {
  const imports = useImportsCore();
  const { call } = imports;

  async function bigRoster(): Promise<ImportPreview> {
    const rows = [
      rosterHeader,
      ...Array.from({ length: 3000 }, (_, i) => [
        `E${i}`,
        `Last${i}`,
        `First${i}`,
        `p${i}@x.edu`,
        'Medicine',
        '',
        'Professor',
        '',
        '2020-07-01',
      ]),
    ];
    const path = await writeWorkbook(imports.files.path('big.xlsx'), rows);
    return call('imports.preview', { path, kind: 'roster', progressKey: 'preview-1' });
  }

  it('reports progress and, cancelled during the commit, rolls everything back', async () => {
    const preview = await bigRoster();
    expect(await call('imports.progress', { progressKey: 'preview-1' })).toEqual({
      progress: expect.objectContaining({ phase: 'done' }),
    });
    const { sqlite } = imports.temp.core.session.require();
    const pageCache = () => sqlite.pragma('cache_size', { simple: true }) as number;
    const readingCache = pageCache();
    const committing = call('imports.commit', { previewId: preview.previewId, progressKey: 'commit-1' });
    let seen: string | null = null;
    for (let i = 0; i < 1000 && seen !== 'writing'; i++) {
      await new Promise((r) => setImmediate(r));
      seen = (await call('imports.progress', { progressKey: 'commit-1' })).progress?.phase ?? null;
    }
    expect(seen).toBe('writing');
    // While it writes, the import keeps a small page cache (KiB, negative), so its pages do not crowd memory.
    expect(pageCache()).toBe(-8 * 1024);
    expect(readingCache).toBeLessThan(-8 * 1024);
    expect(await call('imports.cancel', { progressKey: 'commit-1' })).toEqual({ cancelled: true });
    await expect(committing).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    expect(pageCache()).toBe(readingCache);
    expect(await count(imports.temp, 'faculty')).toBe(0);
    expect(await count(imports.temp, 'import_batches')).toBe(0);
    expect(await count(imports.temp, 'audit_log')).toBe(0);
    // The preview is still there: commit again.
    expect((await call('imports.commit', { previewId: preview.previewId })).inserted).toBe(3000);
    expect(pageCache()).toBe(readingCache);
  });

  it('cancelled before it starts, a commit writes nothing', async () => {
    const preview = await bigRoster();
    await call('imports.cancel', { progressKey: 'early' });
    await expect(call('imports.commit', { previewId: preview.previewId, progressKey: 'early' })).rejects.toMatchObject({
      code: 'IMPORT_CANCELLED',
    });
    expect(await count(imports.temp, 'faculty')).toBe(0);
  });
});
