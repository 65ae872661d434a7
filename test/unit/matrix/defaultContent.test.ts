import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import defaultMatrix from '../../../resources/matrix/default-matrix.json';

/**
 * The default matrix must reproduce seed 001 cell by cell. The seed is read
 * from ../shared (beside the repository, as on every developer machine and in
 * CI) and parsed independently here: a role line, then three cells each ended
 * by a line holding only `|` (the last cell ends the file).
 */
const seedPath = join(__dirname, '../../../../shared/seeds/001_6a8f3b70ee3e0491.txt');

function parseSeed(text: string): { name: string; cells: string[][] }[] {
  const lines = text.replace(/\n+$/, '').split('\n');
  const roles: { name: string; cells: string[][] }[] = [];
  let i = 0;
  while (i < lines.length) {
    const name = lines[i++]!;
    expect(lines[i++]).toBe('|');
    const cells: string[][] = [];
    for (let column = 0; column < 3; column++) {
      const cell: string[] = [];
      while (i < lines.length && lines[i] !== '|') cell.push(lines[i++]!);
      i++;
      cells.push(cell);
    }
    roles.push({ name, cells });
  }
  return roles;
}

const seed = parseSeed(readFileSync(seedPath, 'utf8'));
const columnKeys = defaultMatrix.columns.map(
  (c) => c.key,
) as (keyof (typeof defaultMatrix.roles)[number]['responsibilities'])[];

describe('the default role–responsibility matrix', () => {
  it('has the seven roles in order and three columns with headings', () => {
    expect(defaultMatrix.roles.map((r) => r.name)).toEqual([
      'Institution Faculty/Career Development Office',
      'Mentoring Program',
      "Department Dean's Office",
      'Mentor',
      'Sponsor',
      'Mid-Career Colleagues/Peer Mentors',
      'Mentee',
    ]);
    // The same roles as the seed, apart from its line-break spaces and typographic apostrophe.
    expect(seed.map((r) => r.name.replace('/ ', '/').replace('’', "'"))).toEqual(
      defaultMatrix.roles.map((r) => r.name),
    );
    expect(defaultMatrix.columns).toHaveLength(3);
    expect(defaultMatrix.columns.every((c) => c.heading.length > 0)).toBe(true);
  });

  it('has the seed’s number of responsibilities in every cell', () => {
    const counts = defaultMatrix.roles.map((r) => columnKeys.map((k) => r.responsibilities[k].length));
    expect(counts).toEqual([
      [3, 3, 4],
      [3, 5, 0],
      [4, 3, 2],
      [0, 4, 0],
      [0, 0, 0],
      [0, 2, 2],
      [2, 3, 3],
    ]);
    expect(counts).toEqual(seed.map((r) => r.cells.map((c) => c.length)));
  });

  it('keeps every responsibility text exactly as written, each in its own cell', () => {
    for (const [index, role] of defaultMatrix.roles.entries()) {
      expect(columnKeys.map((k) => role.responsibilities[k])).toEqual(seed[index]!.cells);
    }
    expect(defaultMatrix.roles[0]!.responsibilities.infrastructure[0]).toBe(
      'Provide “home office” for mentorship program infrastructure and resources',
    );
  });

  it('keeps the empty cells empty: no Sponsor responsibilities, and the Mentor only in the middle column', () => {
    const role = (name: string) => defaultMatrix.roles.find((r) => r.name === name)!;
    expect(columnKeys.map((k) => role('Sponsor').responsibilities[k])).toEqual([[], [], []]);
    expect(columnKeys.map((k) => role('Mentor').responsibilities[k].length)).toEqual([0, 4, 0]);
    expect(role('Mentor').responsibilities.career).toEqual([
      'Help mentee develop, enact, and evaluate individual career plan',
      'Connect mentee with resources and opportunities',
      'Make introductions to sponsors',
      'Develop mentee skills in negotiating',
    ]);
  });
});
