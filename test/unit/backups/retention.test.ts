import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../../electron/core/backups/retention';

const at = (iso: string) => ({ createdAt: `${iso}:00.000Z` });
const names = (list: { createdAt: string }[]) => list.map((b) => b.createdAt.slice(0, 16)).sort();

describe('which backups are kept', () => {
  it('a simulated year of two backups a day, pruned after each, keeps exactly the expected 31', () => {
    let kept: { createdAt: string }[] = [];
    for (let day = new Date('2026-01-01T00:00Z'); day.getUTCFullYear() === 2026; day.setUTCDate(day.getUTCDate() + 1)) {
      const date = day.toISOString().slice(0, 10);
      for (const time of ['09:00', '15:00']) {
        kept.push(at(`${date}T${time}`));
        kept = backupsToKeep(kept, new Date(`${date}T${time}:00Z`)).keep;
      }
    }
    expect(names(kept)).toEqual([
      // The newest of each month (Thursday 31 December 2026 is the last day).
      '2026-01-31T15:00',
      '2026-02-28T15:00',
      '2026-03-31T15:00',
      '2026-04-30T15:00',
      '2026-05-31T15:00',
      '2026-06-30T15:00',
      '2026-07-31T15:00',
      '2026-08-31T15:00',
      '2026-09-30T15:00',
      '2026-10-31T15:00',
      // The newest of each of the 8 weeks (Sundays), and of November.
      '2026-11-15T15:00',
      '2026-11-22T15:00',
      '2026-11-29T15:00',
      '2026-11-30T15:00',
      '2026-12-06T15:00',
      '2026-12-13T15:00',
      // The newest of each of the last 14 days.
      '2026-12-18T15:00',
      '2026-12-19T15:00',
      '2026-12-20T15:00',
      '2026-12-21T15:00',
      '2026-12-22T15:00',
      '2026-12-23T15:00',
      '2026-12-24T15:00',
      '2026-12-25T15:00',
      '2026-12-26T15:00',
      '2026-12-27T15:00',
      '2026-12-28T15:00',
      '2026-12-29T15:00',
      '2026-12-30T15:00',
      // Everything of the last 24 hours.
      '2026-12-31T09:00',
      '2026-12-31T15:00',
    ]);
  });

  it('keeps at most the 6 newest of the last 24 hours (and the newest of the day)', () => {
    const day = ['10', '11', '12', '13', '14', '15', '16', '17'].map((h) => at(`2026-12-05T${h}:00`));
    const { keep, remove } = backupsToKeep(day, new Date('2026-12-05T17:30:00Z'));
    expect(names(remove)).toEqual(['2026-12-05T10:00', '2026-12-05T11:00']);
    expect(keep).toHaveLength(6);
  });

  it('always keeps the newest backup, however old, and one dated in the future', () => {
    const old = [at('2023-03-01T09:00'), at('2023-02-01T09:00')];
    expect(names(backupsToKeep(old, new Date('2026-12-05T12:00:00Z')).keep)).toEqual(['2023-03-01T09:00']);
    const future = at('2027-01-01T09:00');
    expect(backupsToKeep([future, at('2026-12-05T09:00')], new Date('2026-12-05T12:00:00Z')).remove).toEqual([]);
  });
});
