import { describe, expect, it } from 'vitest';
import { count } from './helpers/core';
import { writeWorkbook } from './helpers/files';
import { importRosterFixture, useImportsCore } from './helpers/importsCore';
import { rosterHeader } from './helpers/roster';

describe('roster import: people already in the directory', () => {
  const imports = useImportsCore();
  const { call } = imports;

  it('updates what changed field by field, counts the unchanged, lists who is missing and deactivates only on request', async () => {
    await call('faculty.create', {
      name: 'Ada Okafor',
      email: 'ada@x.edu',
      employeeId: 'E1',
      department: 'Medicine',
      rank: 'Assistant Professor',
      division: 'Cardiology',
    });
    await call('faculty.create', {
      name: 'Ben Cho',
      email: 'ben@x.edu',
      employeeId: 'E2',
      department: 'Surgery',
      rank: 'Professor',
    });
    await call('faculty.create', {
      name: 'Cara Diaz',
      email: 'cara@x.edu',
      employeeId: 'E3',
      department: 'Pediatrics',
      rank: 'Instructor',
    });
    const path = await writeWorkbook(imports.files.path('roster-2027.xlsx'), [
      rosterHeader,
      ['E1', 'Okafor', 'Ada', 'ADA@x.edu', 'Medicine', '', 'Assoc. Prof.', 'Clinician Educator', ''],
      ['E2', 'Cho', 'Ben', 'ben@x.edu', 'Surgery', '', 'Professor', '', ''],
      ['E9', 'Ng', 'Dee', 'dee@x.edu', 'Neurology', '', 'Instructor', '', '2026-07-01'],
    ]);
    const preview = await call('imports.preview', { path, kind: 'roster' });
    expect(preview.summary).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, matched: { byEmployeeId: 2 } });
    expect(preview.changes).toEqual([
      {
        row: 2,
        facultyId: 1,
        name: 'Ada Okafor',
        matchedBy: 'employeeId',
        changes: [
          { field: 'rank', from: 'Assistant Professor', to: 'Associate Professor' },
          { field: 'track', from: null, to: 'Clinician Educator' },
          { field: 'careerStage', from: 'early', to: 'mid' },
        ],
      },
    ]);
    expect(preview.missing).toEqual([
      { facultyId: 3, name: 'Cara Diaz', email: 'cara@x.edu', department: 'Pediatrics', rank: 'Instructor' },
    ]);

    const result = await call('imports.commit', { previewId: preview.previewId, decisions: { deactivate: [3] } });
    expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 1, deactivated: 1 });
    // A blank cell never erases: Ada keeps her division.
    expect(await call('faculty.get', { id: 1 })).toMatchObject({
      rank: 'Associate Professor',
      division: 'Cardiology',
      track: 'Clinician Educator',
    });
    expect((await call('faculty.get', { id: 3 })).active).toBe(false);
    expect(await count(imports.temp, 'faculty')).toBe(4);

    const undo = await call('imports.undo', { batchId: result.batchId });
    expect(undo).toEqual({ batchId: result.batchId, removed: 1, restored: 1, reactivated: 1 });
    expect(await call('faculty.get', { id: 1 })).toMatchObject({
      rank: 'Assistant Professor',
      track: null,
      careerStage: 'early',
    });
    expect((await call('faculty.get', { id: 3 })).active).toBe(true);
    expect(await count(imports.temp, 'faculty')).toBe(3);
    expect((await call('imports.get', { batchId: result.batchId })).undoneAt).toBe('2026-11-23T12:00:00.000Z');
    await expect(call('imports.undo', { batchId: result.batchId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses to undo over later edits, and changes nothing', async () => {
    const result = await importRosterFixture(call);
    const person = (await call('faculty.list', { search: 'aisha.anderson' })).rows[0]!;
    await call('faculty.update', { ...person, department: 'Medicine' });
    await expect(call('imports.undo', { batchId: result.batchId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/edited since/),
    });
    expect(await count(imports.temp, 'faculty')).toBe(300);
  });

  it('sends rows naming two people of one name to review: link, create or skip', async () => {
    await call('faculty.create', {
      name: 'Diego Quinn',
      email: 'dq1@x.edu',
      department: 'Neurosurgery',
      rank: 'Professor',
    });
    await call('faculty.create', {
      name: 'Diego Quinn',
      email: 'dq2@x.edu',
      department: 'Anesthesiology',
      rank: 'Instructor',
    });
    const path = await writeWorkbook(imports.files.path('quinn.xlsx'), [
      ['Name', 'Email', 'Department', 'Rank'],
      ['Quinn, Diego', 'diego@gmail.example.com', 'Neurosurgery', 'Professor'],
      ['Diego Quinn', 'dquinn@other.example.com', 'Radiology', 'Assistant Professor'],
      ['Diego  Quinn', 'dq3@other.example.com', 'Radiology', 'Assistant Professor'],
    ]);
    const preview = await call('imports.preview', { path, kind: 'roster' });
    expect(preview.summary).toMatchObject({ ambiguous: 3, inserted: 0, skipped: 3 });
    expect(preview.review[0]).toMatchObject({
      row: 2,
      status: 'ambiguous',
      name: 'Diego Quinn',
      defaultAction: 'skip',
      actions: ['link', 'create', 'skip'],
    });
    expect(preview.review[0]!.candidates.map((c) => c.email)).toEqual(['dq1@x.edu', 'dq2@x.edu']);
    expect(await count(imports.temp, 'faculty')).toBe(2);

    const result = await call('imports.commit', {
      previewId: preview.previewId,
      decisions: {
        rows: [
          { row: 2, action: 'link', facultyId: 1 },
          { row: 3, action: 'create' },
          { row: 4, action: 'skip' },
        ],
      },
    });
    expect(preview.summary.resolvedByHand).toBe(0);
    // The counts say what was decided: nothing is left ambiguous, three rows were settled by hand.
    expect(result).toMatchObject({
      updated: 1,
      inserted: 1,
      skipped: 1,
      ambiguous: 0,
      unmatched: 0,
      resolvedByHand: 3,
    });
    expect((await call('faculty.get', { id: 1 })).email).toBe('diego@gmail.example.com');
    expect((await call('faculty.list', { search: 'dquinn@other' })).total).toBe(1);
  });
});
