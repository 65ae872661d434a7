import { describe, expect, it } from 'vitest';
import type { SourceColumn } from '../../../electron/core/spreadsheets/headerRow';
import { headingSimilarity } from '../../../electron/core/imports/mapping/similarity';
import { suggestMapping } from '../../../electron/core/imports/mapping/suggest';
import { layoutFingerprint } from '../../../electron/core/imports/mapping/fingerprint';

const column = (header: string, label: string | null = null): SourceColumn => ({
  key: header,
  header,
  label,
  importId: null,
  letter: 'A',
  indexes: [0],
  checkbox: null,
});
const target = (mapping: { key: string; target: string }[], key: string) => mapping.find((m) => m.key === key)?.target;

describe('mapping suggestions', () => {
  it('knows the roster headings of HR exports', () => {
    const headings = ['EMPLID', 'Surname', 'Given Name', 'E-mail', 'Dept', 'Academic Title', 'Hire Date', 'FTE'];
    const mapping = suggestMapping(
      'roster',
      headings.map((h) => ({ column: column(h), values: [] })),
    );
    expect(mapping.map((m) => m.target)).toEqual([
      'employeeId',
      'lastName',
      'firstName',
      'email',
      'department',
      'rank',
      'appointmentStart',
      'ignore',
    ]);
  });

  it('maps survey tool metadata and leaves tracking columns out', () => {
    const headings = [
      'StartDate',
      'EndDate',
      'Status',
      'IPAddress',
      'Progress',
      'Finished',
      'ResponseId',
      'RecipientEmail',
      'ExternalReference',
      'UserLanguage',
      'mentoring_survey_timestamp',
      'mentoring_survey_complete',
    ];
    const mapping = suggestMapping(
      'survey',
      headings.map((h) => ({ column: column(h), values: [] })),
    );
    expect(Object.fromEntries(mapping.map((m) => [m.key, m.target]))).toMatchObject({
      StartDate: 'startedAt',
      EndDate: 'completedAt',
      Status: 'responseType',
      IPAddress: 'ignore',
      Progress: 'progress',
      Finished: 'finished',
      ResponseId: 'responseId',
      RecipientEmail: 'email',
      ExternalReference: 'employeeId',
      UserLanguage: 'ignore',
      mentoring_survey_complete: 'completionStatus',
    });
  });

  it('matches REDCap variable names to questions by wording and by answers', () => {
    const questions = [
      { key: 'has-mentor', text: 'Do you currently have at least one mentor?', options: ['Yes', 'No'] },
      { key: 'change', text: 'Would you like to change mentors this year?', options: ['Yes', 'No', 'Unsure'] },
      {
        key: 'satisfaction',
        text: 'Overall, how satisfied are you with your mentoring relationship(s)?',
        options: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
      },
      {
        key: 'topics',
        text: 'Which peer mentoring group topics interest you? (select all that apply)',
        options: ['Trauma', 'Addictions'],
      },
      { key: 'comments', text: 'Any confidential comments for the Vice Chair?', options: [] },
    ];
    const mapping = suggestMapping(
      'survey',
      [
        { column: column('has_mentor'), values: ['Yes', 'No'] },
        { column: column('change_mentor'), values: ['Yes', 'No', 'Unsure'] },
        { column: column('satisfaction'), values: ['Satisfied', 'Neutral'] },
        { column: { ...column('topics'), checkbox: { codes: ['1', '2'] } }, values: ['Trauma', 'Addictions'] },
        { column: column('comments'), values: ['Thanks'] },
      ],
      questions,
    );
    expect(mapping.map((m) => m.target)).toEqual([
      'question:has-mentor',
      'question:change',
      'question:satisfaction',
      'question:topics',
      'question:comments',
    ]);
  });

  it('uses Qualtrics question text under Q1…', () => {
    const mapping = suggestMapping(
      'survey',
      [{ column: column('Q1', 'Do you currently have at least one mentor?'), values: [] }],
      [
        { key: 'other', text: 'How often do you meet?', options: [] },
        { key: 'has-mentor', text: 'Do you currently have at least one mentor?', options: [] },
      ],
    );
    expect(target(mapping, 'Q1')).toBe('question:has-mentor');
  });

  it('scores headings, and fingerprints layouts regardless of column order', () => {
    expect(headingSimilarity('Email Address', 'email')).toBeGreaterThan(0.7);
    expect(headingSimilarity('Department', 'Rank')).toBe(0);
    const a = layoutFingerprint('roster', [column('Email'), column('Name')]);
    expect(layoutFingerprint('roster', [column('name '), column('EMAIL')])).toBe(a);
    expect(layoutFingerprint('roster', [column('Name'), column('Email'), column('Dept')])).not.toBe(a);
    expect(layoutFingerprint('survey', [column('Name'), column('Email')])).not.toBe(a);
  });
});
