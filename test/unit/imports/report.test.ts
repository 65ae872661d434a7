import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempCore, type TempCore } from '../../support/tempCore';
import { scratch } from './helpers/files';

const scale = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
const questions = [
  {
    key: 'satisfaction',
    text: 'Overall, how satisfied are you with your mentoring?',
    type: 'likert' as const,
    options: scale,
  },
  {
    key: 'has-mentor',
    text: 'Do you currently have at least one mentor?',
    type: 'single' as const,
    options: ['Yes', 'No'],
  },
  {
    key: 'topics',
    text: 'Which peer group topics interest you? (select all that apply)',
    type: 'multiple' as const,
    options: ['Trauma', 'Teaching, research, and service'],
  },
  { key: 'mentees', text: 'How many faculty do you mentor?', type: 'number' as const },
  { key: 'comments', text: 'Any confidential comments?', type: 'text' as const },
];
const header = 'Email,Timestamp,Overall satisfaction,Have a mentor?,Topics (select all that apply),Mentees,Comments';
const mapping = {
  Email: 'email',
  Timestamp: 'completedAt',
  'Overall satisfaction': 'question:satisfaction',
  'Have a mentor?': 'question:has-mentor',
  'Topics (select all that apply)': 'question:topics',
  Mentees: 'question:mentees',
  Comments: 'question:comments',
};

describe('survey reports', () => {
  let temp: TempCore;
  let files: ReturnType<typeof scratch>;
  const call: TempCore['core']['call'] = (name, input) => temp.core.call(name, input);

  beforeEach(async () => {
    temp = await createTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    files = scratch();
    const people: [string, string, 'Assistant Professor' | 'Professor' | 'Instructor'][] = [
      ...Array.from(
        { length: 6 },
        (_, i) => [`med${i}`, 'Medicine', 'Assistant Professor'] as [string, string, 'Assistant Professor'],
      ),
      ...Array.from({ length: 5 }, (_, i) => [`surg${i}`, 'Surgery', 'Professor'] as [string, string, 'Professor']),
      ['peds0', 'Pediatrics', 'Instructor'],
    ];
    for (const [id, department, rank] of people) {
      await call('faculty.create', {
        name: `Person ${id}`,
        email: `${id}@x.edu`,
        department,
        rank,
        appointmentStart: '2001-01-01',
      });
    }
  });
  afterEach(async () => {
    await temp.dispose();
    files.remove();
  });

  async function survey(year: number, rows: string[][]) {
    const created = await call('surveys.create', { name: 'Annual Mentoring Survey', year, kind: 'annual', questions });
    const csv = [
      header,
      ...rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')),
    ].join('\n');
    const preview = await call('imports.preview', {
      path: files.write(`s${year}.csv`, csv),
      kind: 'survey',
      surveyId: created.id,
      mapping,
    });
    await call('imports.commit', { previewId: preview.previewId });
    return created.id;
  }

  const emails = [
    ...Array.from({ length: 6 }, (_, i) => `med${i}@x.edu`),
    ...Array.from({ length: 5 }, (_, i) => `surg${i}@x.edu`),
    'peds0@x.edu',
  ];
  const ordinals = [1, 2, 3, 4, 5, 5, 4, 4, 3, 5, 2, 4];

  async function thisYear() {
    return survey(
      2026,
      emails.map((email, i) => [
        email,
        `2026-10-${String(i + 1).padStart(2, '0')} 10:00`,
        scale[ordinals[i]! - 1]!,
        i % 4 === 0 ? 'No' : 'Yes',
        i % 2 ? 'Trauma' : 'Trauma, Teaching, research, and service',
        String(i % 3),
        i === 0 ? '=HYPERLINK("http://x","y")' : '',
      ]),
    );
  }

  it('gives each question its distribution, and mean and median for scales and numbers; free text stays out', async () => {
    const id = await thisYear();
    const report = await call('surveys.report', { id });
    expect(report).toMatchObject({
      respondents: 12,
      partial: 0,
      minimumGroupSize: 5,
      suppressed: false,
      comments: null,
    });
    expect(report.questions.map((q) => q.key)).toEqual(['satisfaction', 'has-mentor', 'topics', 'mentees']);
    const [satisfaction, hasMentor, topics, mentees] = report.questions;
    expect(satisfaction).toMatchObject({ answered: 12, mean: 3.5, median: 4 });
    expect(satisfaction!.distribution!.map((d) => [d.label, d.count])).toEqual([
      ['Very dissatisfied', 1],
      ['Dissatisfied', 2],
      ['Neutral', 2],
      ['Satisfied', 4],
      ['Very satisfied', 3],
    ]);
    expect(hasMentor!.distribution).toEqual([
      { label: 'Yes', count: 9, percent: 75 },
      { label: 'No', count: 3, percent: 25 },
    ]);
    expect(topics!.distribution).toEqual([
      { label: 'Trauma', count: 12, percent: 100 },
      { label: 'Teaching, research, and service', count: 6, percent: 50 },
    ]);
    expect(mentees).toMatchObject({ mean: 1, median: 1 });
    expect(mentees!.distribution!.map((d) => d.count)).toEqual([4, 4, 4]);
  });

  it('breaks results down by department, rank and career stage, never showing a group under five', async () => {
    const id = await thisYear();
    const {
      questions: [satisfaction],
    } = await call('surveys.report', { id });
    expect(satisfaction!.breakdowns.department).toEqual([
      expect.objectContaining({ group: 'Medicine', suppressed: false, answered: 6, mean: 3.33 }),
      expect.objectContaining({
        group: 'Pediatrics',
        suppressed: true,
        note: 'Fewer than 5 respondents',
        answered: null,
        distribution: null,
        mean: null,
      }),
      // Shown beside the total, Surgery would reveal Pediatrics by subtraction: hidden too.
      expect.objectContaining({
        group: 'Surgery',
        suppressed: true,
        note: expect.stringMatching(/cannot be worked out/),
        distribution: null,
      }),
    ]);
    expect(satisfaction!.breakdowns.rank!.map((g) => [g.group, g.suppressed])).toEqual([
      ['Assistant Professor', false],
      ['Instructor', true],
      ['Professor', true],
    ]);
    expect(satisfaction!.breakdowns.careerStage!.map((g) => g.group)).toEqual(['Early career', 'Late career']);
  });

  it('shows comments only when asked, and the record view shows each answer', async () => {
    const id = await thisYear();
    const report = await call('surveys.report', { id, includeComments: true });
    expect(report.comments).toEqual([
      { questionId: expect.any(Number), text: 'Any confidential comments?', comments: ['=HYPERLINK("http://x","y")'] },
    ]);
    const records = await call('surveys.responses', { id, limit: 1 });
    expect(records[0]).toMatchObject({
      facultyName: 'Person med0',
      status: 'complete',
      completedAt: '2026-10-01T10:00:00',
    });
    expect(records[0]!.answers.map((a) => a.answer)).toEqual([
      'Very dissatisfied',
      'No',
      'Trauma; Teaching, research, and service',
      '0',
      '=HYPERLINK("http://x","y")',
    ]);
  });

  it('compares years of the same survey, suppressing small years, and hides a survey with under five respondents', async () => {
    await survey(
      2024,
      emails.slice(0, 3).map((e, i) => [e, `2024-10-0${i + 1} 10:00`, 'Neutral', 'Yes', 'Trauma', '1', '']),
    );
    await survey(
      2025,
      emails.slice(0, 5).map((e, i) => [e, `2025-10-0${i + 1} 10:00`, 'Satisfied', 'Yes', 'Trauma', '1', '']),
    );
    const id = await thisYear();
    const {
      questions: [satisfaction],
    } = await call('surveys.report', { id });
    expect(satisfaction!.yearOverYear.map((y) => [y.year, y.suppressed, y.mean])).toEqual([
      [2024, true, null],
      [2025, false, 4],
      [2026, false, 3.5],
    ]);
    const small = (await call('surveys.list', {})).find((s) => s.year === 2024)!;
    const report = await call('surveys.report', { id: small.id, includeComments: false });
    expect(report).toMatchObject({ respondents: 3, suppressed: true, note: expect.stringMatching(/Fewer than 5/) });
    expect(report.questions.every((q) => q.suppressed && q.distribution === null && q.mean === null)).toBe(true);
  });
});
