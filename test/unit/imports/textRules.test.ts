import { describe, expect, it } from 'vitest';
import { normalizeCodebook, parseChoiceList } from '../../../electron/core/spreadsheets/codebook';
import { inferDayMonthOrder, parseTextDate } from '../../../electron/core/spreadsheets/dates';
import { ChoiceSplitter, inferChoiceOptions } from '../../../electron/core/spreadsheets/multiSelect';
import { escapeFormula } from '../../../electron/core/spreadsheets/safeCell';
import { normalizeRank } from '../../../electron/core/imports/roster/rankNames';

describe('text dates', () => {
  it('parses common forms to ISO, with times', () => {
    expect(parseTextDate('2026-10-24 11:05:00')).toEqual({ date: '2026-10-24', time: '11:05:00', ambiguous: false });
    expect(parseTextDate('2026-10-24T11:05:00.000Z')).toMatchObject({ date: '2026-10-24', time: '11:05:00' });
    expect(parseTextDate('10/24/2026 9:43:00')).toEqual({ date: '2026-10-24', time: '09:43:00', ambiguous: false });
    expect(parseTextDate('24.10.2026')).toMatchObject({ date: '2026-10-24', ambiguous: false });
    expect(parseTextDate('1 Jul 2024')).toMatchObject({ date: '2024-07-01' });
    expect(parseTextDate('01-Jul-24')).toMatchObject({ date: '2024-07-01' });
    expect(parseTextDate('July 1, 2024')).toMatchObject({ date: '2024-07-01' });
    expect(parseTextDate('10/24/2026 3:05 PM')).toMatchObject({ time: '15:05:00' });
    expect(parseTextDate('2/30/2026')).toBeNull();
    expect(parseTextDate('soon')).toBeNull();
  });

  it('flags day/month ambiguity unless the column settles it', () => {
    expect(parseTextDate('07/01/2023')).toEqual({ date: '2023-07-01', time: null, ambiguous: true });
    expect(parseTextDate('07/01/2023', 'dmy')).toEqual({ date: '2023-01-07', time: null, ambiguous: false });
    expect(parseTextDate('07/07/2023')).toMatchObject({ ambiguous: false });
    expect(inferDayMonthOrder(['07/01/2023', '10/24/2026'])).toBe('mdy');
    expect(inferDayMonthOrder(['07/01/2023', '24/10/2026'])).toBe('dmy');
    expect(inferDayMonthOrder(['07/01/2023'])).toBeNull();
    expect(inferDayMonthOrder(['13/01/2023', '01/13/2023'])).toBeNull();
  });
});

describe('multi-select answers', () => {
  const options = ['Integrated care', 'Research, clinical and teaching', 'Work-life integration', 'Trauma'];
  const splitter = new ChoiceSplitter(options);

  it('splits Microsoft Forms, Google Forms and Qualtrics forms against the known options', () => {
    expect(splitter.split('Integrated care;Trauma;')).toEqual({ selected: ['Integrated care', 'Trauma'], unknown: [] });
    expect(splitter.split('Research, clinical and teaching, Trauma')).toEqual({
      selected: ['Research, clinical and teaching', 'Trauma'],
      unknown: [],
    });
    expect(splitter.split('trauma,integrated CARE')).toEqual({ selected: ['Trauma', 'Integrated care'], unknown: [] });
    expect(splitter.split('Trauma, Mentoring others')).toEqual({ selected: ['Trauma'], unknown: ['Mentoring others'] });
  });

  it('infers options from a column, keeping options that contain commas', () => {
    expect(
      inferChoiceOptions([
        'Trauma',
        'Research, clinical and teaching',
        'Trauma, Research, clinical and teaching',
        'Integrated care, Trauma',
      ]),
    ).toEqual(['Trauma', 'Research, clinical and teaching', 'Integrated care']);
    expect(inferChoiceOptions(['Integrated care;Trauma;', 'Trauma;', 'Work-life integration;'])).toEqual([
      'Integrated care',
      'Trauma',
      'Work-life integration',
    ]);
    expect(inferChoiceOptions(['Addictions, Work-life integration', 'Teaching, research, and service'])).toEqual([
      'Addictions',
      'Work-life integration',
      'Teaching, research, and service',
    ]);
  });
});

describe('codebooks', () => {
  it('accepts {column: {code: label}} and REDCap choice strings', () => {
    expect(parseChoiceList('1, Yes | 0, No | 2, Not sure, really')).toEqual({
      '1': 'Yes',
      '0': 'No',
      '2': 'Not sure, really',
    });
    expect(normalizeCodebook({ q1: { 1: 'Yes' }, q2: '1, A | 2, B' })).toEqual({
      q1: { '1': 'Yes' },
      q2: { '1': 'A', '2': 'B' },
    });
    expect(() => normalizeCodebook({ q1: [1, 2] })).toThrow(/codes and labels/);
  });
});

describe('ranks', () => {
  it('normalises the ways HR writes them', () => {
    expect(normalizeRank('Asst. Prof.')).toBe('Assistant Professor');
    expect(normalizeRank('Assoc Prof')).toBe('Associate Professor');
    expect(normalizeRank('Clinical Associate Professor of Medicine')).toBe('Associate Professor');
    expect(normalizeRank('Professor Emerita')).toBe('Professor Emeritus');
    expect(normalizeRank('Full Professor')).toBe('Professor');
    expect(normalizeRank('Sr. Lecturer')).toBe('Lecturer');
    expect(normalizeRank('INSTRUCTOR')).toBe('Instructor');
    expect(normalizeRank('Visiting Scholar')).toBeNull();
  });
});

describe('formula escaping', () => {
  it('puts an apostrophe before = + - @ tab and CR, and nothing else', () => {
    expect(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', 'plain', ''].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tx",
      "'\rx",
      'plain',
      '',
    ]);
  });
});
