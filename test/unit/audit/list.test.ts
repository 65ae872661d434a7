import { afterEach, beforeEach, expect, it } from 'vitest';
import { addPeople } from '../../support/backups';
import { createTempCore, testNow, type TempCore } from '../../support/tempCore';

let temp: TempCore;
let clock: number;
beforeEach(async () => {
  clock = Date.parse(testNow);
  temp = await createTempCore({ now: () => new Date(clock) });
  await addPeople(temp.core, ['Ana Lists']);
  clock += 2 * 24 * 3600_000; // two days later
  await addPeople(temp.core, ['Bo Filters']);
  await temp.core.call('matrix.export', { format: 'xlsx' });
});
afterEach(() => temp.dispose());

const list = (filters: Record<string, unknown>) => temp.core.call('audit.list', filters);

it('lists who did what to which record, newest first, filtered and paged', async () => {
  const all = await list({});
  expect(all.total).toBe(3);
  expect(all.rows.map((e) => e.operation)).toEqual(['matrix.export', 'faculty.create', 'faculty.create']);
  expect(all.rows[0]).toEqual({
    id: 3,
    at: '2026-11-25T12:00:00.000Z',
    actor: 'test-user',
    operation: 'matrix.export',
    recordType: 'matrix',
    recordId: 'default',
  });

  expect((await list({ operation: 'faculty' })).total).toBe(2);
  expect((await list({ operation: 'faculty.create', since: '2026-11-24' })).rows.map((e) => e.id)).toEqual([2]);
  expect((await list({ until: '2026-11-23' })).rows.map((e) => e.id)).toEqual([1]);
  expect((await list({ actor: 'someone else' })).total).toBe(0);
  expect((await list({ recordType: 'faculty', recordId: '1' })).rows.map((e) => e.id)).toEqual([1]);
  expect(await list({ limit: 1, offset: 1 })).toMatchObject({ total: 3, rows: [{ id: 2 }] });
});

it('refuses a date that is not a day', async () => {
  await expect(list({ since: '23/11/2026' })).rejects.toMatchObject({ code: 'VALIDATION' });
});
