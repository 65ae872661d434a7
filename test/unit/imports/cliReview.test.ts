import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askAboutAmbiguousRows } from '../../../electron/cli/commands/imports/review';
import type { ReviewRow } from '../../../electron/core/imports/contract';

const candidate = (id: number, department: string) => ({
  id,
  name: 'Maria Garcia',
  email: `maria.garcia${id}@med.example.edu`,
  employeeId: null,
  department,
  active: true,
});
const row = (n: number, defaultAction: ReviewRow['defaultAction']): ReviewRow => ({
  row: n,
  status: 'ambiguous',
  name: 'Maria Garcia',
  email: null,
  employeeId: null,
  candidates: [candidate(11, 'Medicine'), candidate(12, 'Surgery')],
  actions: defaultAction === 'skip' ? ['link', 'create', 'skip'] : ['link', 'skip'],
  defaultAction,
});

function terminal(answers: string[], isTTY = true) {
  const stdin = Object.assign(new PassThrough(), { isTTY });
  const stderr = new PassThrough();
  let said = '';
  stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
  stdin.end(answers.map((a) => `${a}\n`).join(''));
  return { io: { stdin, stderr }, said: () => said };
}

describe('trellis import: asking about rows that name two people', () => {
  it('in a terminal, links, adds or skips as answered, asks again after a wrong answer, and Enter keeps the default', async () => {
    const { io, said } = terminal(['2', 'x', 'n', '', 's']);
    const decisions = await askAboutAmbiguousRows(io, 'roster', [
      row(5, 'skip'),
      row(9, 'skip'),
      row(12, 'skip'),
      row(14, 'skip'),
    ]);
    expect(decisions).toEqual([
      { row: 5, action: 'link', facultyId: 12 },
      { row: 9, action: 'create' },
      { row: 14, action: 'skip' },
    ]);
    expect(said()).toContain('Row 5: Maria Garcia could be:');
    expect(said()).toContain('2  Maria Garcia — Surgery, maria.garcia12@med.example.edu');
    expect(said()).toContain('That is not one of the choices.');
  });

  it('a survey offers no “someone new”, and without a terminal nobody is asked', async () => {
    const { io, said } = terminal(['n', '1']);
    expect(await askAboutAmbiguousRows(io, 'survey', [row(3, 'keepUnlinked')])).toEqual([
      { row: 3, action: 'link', facultyId: 11 },
    ]);
    expect(said()).not.toContain('someone new');
    const piped = terminal(['1'], false);
    expect(await askAboutAmbiguousRows(piped.io, 'roster', [row(3, 'skip')])).toEqual([]);
    expect(piped.said()).toBe('');
  });

  it('end of input at a question cancels the import', async () => {
    const { io } = terminal([]);
    await expect(askAboutAmbiguousRows(io, 'roster', [row(3, 'skip')])).rejects.toThrow('Cancelled.');
  });
});
