/** The rule that keeps the page from naming files: only paths the person picked in a dialog pass. */
import { describe, expect, it } from 'vitest';
import { createFileGrants } from '../../../electron/main/fileGrants';

const refusedCode = (envelope: ReturnType<ReturnType<typeof createFileGrants>['refusal']>) =>
  envelope === null ? null : envelope.ok ? 'ok' : envelope.error.code;

describe('file grants', () => {
  it('lets through operations without a path, and leaves an empty path to the core’s own validation', () => {
    const grants = createFileGrants();
    expect(grants.refusal('faculty.list', {})).toBeNull();
    expect(grants.refusal('faculty.list', null)).toBeNull();
    expect(grants.refusal('imports.inspect', { path: '  ' })).toBeNull();
    expect(grants.refusal('imports.inspect', { path: 42 })).toBeNull();
  });

  it('refuses a path nobody chose, in plain words', () => {
    const grants = createFileGrants();
    const refusal = grants.refusal('imports.inspect', { path: '/home/staff/.ssh/id_rsa' });
    expect(refusal).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/only files you choose/) },
    });
  });

  it('allows reading a file chosen in an open dialog, however the path is spelled', () => {
    const grants = createFileGrants();
    expect(grants.grant('/data/roster 2026.xlsx', 'read')).toEqual({
      path: '/data/roster 2026.xlsx',
      fileName: 'roster 2026.xlsx',
    });
    for (const operation of ['imports.inspect', 'imports.preview', 'imports.draftSurvey']) {
      expect(refusedCode(grants.refusal(operation, { path: '/data/roster 2026.xlsx' }))).toBeNull();
    }
    expect(refusedCode(grants.refusal('imports.preview', { path: ' /data/./roster 2026.xlsx ' }))).toBeNull();
    expect(refusedCode(grants.refusal('imports.preview', { path: '/data/roster 2025.xlsx' }))).toBe('FORBIDDEN');
  });

  it('keeps reading and writing apart: an opened file cannot be overwritten, a save location cannot be read', () => {
    const grants = createFileGrants();
    grants.grant('/data/roster.xlsx', 'read');
    grants.grant('/data/rejected.xlsx', 'write');
    expect(refusedCode(grants.refusal('imports.rejectedRows', { batchId: 1, path: '/data/roster.xlsx' }))).toBe(
      'FORBIDDEN',
    );
    expect(refusedCode(grants.refusal('imports.rejectedRows', { batchId: 1, path: '/data/rejected.xlsx' }))).toBeNull();
    expect(refusedCode(grants.refusal('imports.inspect', { path: '/data/rejected.xlsx' }))).toBe('FORBIDDEN');
    expect(grants.refusal('imports.rejectedRows', { batchId: 1, path: '/tmp/x.xlsx' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/saves only where you choose/) },
    });
  });

  it('forgets the oldest grants after a long session, not the newest', () => {
    const grants = createFileGrants();
    for (let i = 0; i < 201; i++) grants.grant(`/data/file-${i}.csv`, 'read');
    expect(refusedCode(grants.refusal('imports.inspect', { path: '/data/file-0.csv' }))).toBe('FORBIDDEN');
    expect(refusedCode(grants.refusal('imports.inspect', { path: '/data/file-200.csv' }))).toBeNull();
  });

  it('needs a save location or a chosen folder for backups, exports and demo databases, which write', () => {
    const grants = createFileGrants();
    grants.grant('/media/usb/Backups', 'read');
    for (const operation of ['backups.create', 'backups.setFolder', 'exports.all', 'demo.createDatabase']) {
      expect(refusedCode(grants.refusal(operation, { path: '/media/usb/Backups' }))).toBe('FORBIDDEN');
    }
    grants.grant('/media/usb/Backups', 'write');
    expect(refusedCode(grants.refusal('backups.setFolder', { path: '/media/usb/Backups' }))).toBeNull();
  });

  it('lets the page restore the backups the core itself listed, and nothing else they did not choose', () => {
    const grants = createFileGrants();
    const listed = '/data/Backups/Trellis 2026-11-23 1200.trellisbackup';
    expect(refusedCode(grants.refusal('backups.inspect', { path: listed }))).toBe('FORBIDDEN');
    grants.fromAnswer('backups.list', { ok: true, value: { folder: '/data/Backups', backups: [{ path: listed }] } });
    expect(refusedCode(grants.refusal('backups.inspect', { path: listed }))).toBeNull();
    expect(refusedCode(grants.refusal('backups.restore', { path: listed, passphrase: 'x' }))).toBeNull();
    // Listing never grants writing, and other operations' answers grant nothing.
    expect(refusedCode(grants.refusal('backups.create', { path: listed }))).toBe('FORBIDDEN');
    grants.fromAnswer('faculty.list', { ok: true, value: { backups: [{ path: '/etc/passwd' }] } });
    expect(refusedCode(grants.refusal('imports.inspect', { path: '/etc/passwd' }))).toBe('FORBIDDEN');
    grants.fromAnswer('backups.status', {
      ok: true,
      value: { lastBackup: { path: '/data/Backups/last.trellisbackup' } },
    });
    expect(refusedCode(grants.refusal('backups.inspect', { path: '/data/Backups/last.trellisbackup' }))).toBeNull();
  });
});
