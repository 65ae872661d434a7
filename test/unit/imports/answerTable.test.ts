import { describe, expect, it } from 'vitest';
import { AnswerTable } from '../../../electron/core/imports/survey/answerTable';

describe('AnswerTable', () => {
  it('gives back each row’s answers as the JSON object stored, repeated and unique pieces alike, past its first growth', () => {
    const table = new AnswerTable();
    const comment = `"9":${JSON.stringify('A long, unique comment — '.repeat(6))}`;
    const rows: string[][] = [];
    for (let i = 0; i < 20_000; i++)
      rows.push(
        i % 7 === 0 ? [] : ['"0":"Yes"', `"4":[${(i % 5) + 1},"Agree"]`, `"7":${i}`, ...(i % 3 ? [comment] : [])],
      );
    const handles = rows.map((pieces) => table.add(pieces));
    for (const i of [0, 1, 2, 3, 6999, 19_999]) {
      expect(table.json(handles[i]!)).toBe(`{${rows[i]!.join(',')}}`);
      expect(JSON.parse(table.json(handles[i]!))).toEqual(JSON.parse(`{${rows[i]!.join(',')}}`));
    }
    expect(table.json(handles[0]!)).toBe('{}');
  });
});
