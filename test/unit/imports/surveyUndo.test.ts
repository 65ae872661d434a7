import { describe, expect, it } from 'vitest';
import { createImportDeps } from '../../../electron/core/imports/deps';
import { createImportsHandlers } from '../../../electron/core/imports/operations';
import type { ChangeRequestProposal, SurveyEffectsSink } from '../../../electron/core/surveys/effectsSink';
import { count, database, runHandler } from './helpers/core';
import { fixture } from './helpers/files';
import { importRosterFixture, useImportsCore } from './helpers/importsCore';
import { annual, importMsForms } from './helpers/survey';

describe('survey import: the same file again, effects and undo', () => {
  const imports = useImportsCore(importRosterFixture);
  const { call } = imports;

  it('re-importing the same survey file is recognised by its hash and adds nothing', async () => {
    const { result } = await importMsForms(call);
    const again = await call('imports.preview', {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      surveyId: result.surveyId!,
    });
    expect(again.previousImport).toMatchObject({ batchId: result.batchId });
    const second = await call('imports.commit', { previewId: again.previewId });
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 160 });
    expect(await count(imports.temp, 'survey_responses')).toBe(160);
  });

  it('proposes the annual survey’s effects and applies only those accepted; change requests go through the sink, and undo takes them back', async () => {
    const made: ChangeRequestProposal[] = [];
    const removed: string[] = [];
    const sink: SurveyEffectsSink = {
      createChangeRequests: async (_context, proposals) => {
        made.push(...proposals);
        return proposals.map((_, i) => `cr-${i + 1}`);
      },
      removeChangeRequests: async (_context, ids) => {
        removed.push(...ids);
        return { kept: [] };
      },
    };
    const handlers = createImportsHandlers(createImportDeps({ surveyEffects: sink }));
    const { result: preview } = await runHandler(imports.temp, 'imports.preview', handlers['imports.preview'], {
      path: fixture('survey-msforms.xlsx'),
      kind: 'survey',
      newSurvey: annual,
    });
    const changeRequests = preview.effects.filter((e) => e.kind === 'changeRequest');
    expect(changeRequests.length).toBeGreaterThan(0);
    const oneNoMentor = preview.effects.find((e) => e.kind === 'noMentor')!;
    const { result, audited } = await runHandler(imports.temp, 'imports.commit', handlers['imports.commit'], {
      previewId: preview.previewId,
      decisions: { acceptEffects: ['changeRequest', 'peerTopicInterest', oneNoMentor.id] },
    });
    expect(result.effects).toMatchObject({ changeRequests: 27, noMentor: 1 });
    expect(made).toHaveLength(27);
    expect(made[0]).toMatchObject({
      surveyId: result.surveyId,
      surveyName: 'Annual Mentoring Survey',
      surveyYear: 2026,
      responseId: expect.any(Number),
      facultyId: expect.any(Number),
    });
    expect(audited).toContain(`import_batch:${result.batchId}`);

    const effects = await call('surveys.effects', { surveyId: result.surveyId! });
    expect(effects.changeRequests).toHaveLength(27);
    expect(effects.changeRequests[0]!.changeRequestId).toMatch(/^cr-/);
    expect(effects.noMentor).toEqual([expect.objectContaining({ facultyId: oneNoMentor.facultyId })]);
    expect(effects.peerTopicInterest.map((t) => t.topic)).toContain('Trauma');

    await runHandler(imports.temp, 'imports.undo', handlers['imports.undo'], { batchId: result.batchId });
    expect(removed).toHaveLength(27);
    expect(await count(imports.temp, 'survey_effects')).toBe(0);
  });

  it('undo removes exactly what a survey import added and restores the responses it replaced', async () => {
    const { result: first } = await importMsForms(call);
    const later =
      'Name,Email,Completion time,"Overall, how satisfied are you with your mentoring relationship(s)?"\nRosa Nguyen-Tran,rosa.nguyentran@med.example.edu,2026-12-01 09:00:00,Very dissatisfied\n';
    const preview = await call('imports.preview', {
      path: imports.files.write('late.csv', later),
      kind: 'survey',
      surveyId: first.surveyId!,
    });
    expect(preview.summary).toMatchObject({ updated: 1 });
    const second = await call('imports.commit', { previewId: preview.previewId });
    const rosa = () =>
      database(imports.temp)
        .selectFrom('survey_responses')
        .select(['superseded', 'completed_at'])
        .where('respondent_key', '=', 'e:rosa.nguyentran@med.example.edu')
        .orderBy('id')
        .execute();
    expect(await rosa()).toEqual([
      { superseded: 1, completed_at: expect.any(String) },
      { superseded: 0, completed_at: '2026-12-01T09:00:00' },
    ]);
    await expect(call('imports.undo', { batchId: first.batchId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/Undo import/),
    });
    expect(await call('imports.undo', { batchId: second.batchId })).toMatchObject({ removed: 1, restored: 1 });
    expect((await rosa()).map((r) => r.superseded)).toEqual([0]);
    await call('imports.undo', { batchId: first.batchId });
    expect(await count(imports.temp, 'surveys')).toBe(0);
    expect(await count(imports.temp, 'survey_responses')).toBe(0);
    // The roster import cannot be undone while answers were linked to its people… and now it can.
    const [rosterBatch] = await call('imports.list', { kind: 'roster' });
    expect((await call('imports.undo', { batchId: rosterBatch!.id })).removed).toBe(300);
  });
});
