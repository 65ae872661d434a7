import { Alert, Anchor, Stack, Stepper } from '@mantine/core';
import type { ImportKind, ImportPreview, ImportResult } from '@contract/imports';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useOperationMutation } from '../../api/useOperation';
import { useTrackedRun } from '../../api/useTrackedRun';
import { PageHeader } from '../../shell/PageHeader';
import { commitDecisionsOf, noDecisions, type ReviewDecisions } from '../review/decisions';
import { ReviewStep } from '../review/ReviewStep';
import { ChooseFileStep, type ChosenSheet } from './ChooseFileStep';
import { initialChoices, previewRequest, type MappingChoices } from './choices';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressPanel } from './ProgressPanel';
import { ResultStep } from './ResultStep';
import { nothingChanged } from '../importWords';

const titles: Record<ImportKind, string> = { roster: 'Import faculty roster', survey: 'Import survey responses' };

/** /imports/new/roster and /imports/new/survey. */
export function ImportWizardRoute() {
  const { kind } = useParams();
  if (kind !== 'roster' && kind !== 'survey') return <Navigate to="/imports" replace />;
  return <ImportWizardPage key={kind} kind={kind} />;
}

/**
 * The import, step by step: choose a file, match its columns, check what
 * would change (nothing is written), review, and import. Leaving before the
 * import discards the check, so no read file stays in memory.
 */
function ImportWizardPage({ kind }: { kind: ImportKind }) {
  const [step, setStep] = useState(0);
  const [chosen, setChosen] = useState<ChosenSheet | null>(null);
  const [choices, setChoices] = useState<MappingChoices>(() => initialChoices(kind, ''));
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<ReviewDecisions>(noDecisions);
  const [result, setResult] = useState<ImportResult | null>(null);
  const navigate = useNavigate();

  // The preview the core holds for us; dropped when replaced, imported, or when the page is left.
  const heldPreview = useRef<string | null>(null);
  // A discard that fails leaves nothing to tell: the preview goes at lock or when the app closes anyway.
  const { mutate: discard } = useOperationMutation('imports.discard');
  const hold = (previewId: string | null) => {
    if (heldPreview.current && heldPreview.current !== previewId) discard({ previewId: heldPreview.current });
    heldPreview.current = previewId;
  };
  useEffect(
    () => () => {
      const previewId = heldPreview.current;
      if (previewId) discard({ previewId });
    },
    [discard],
  );

  const watch = { progress: 'imports.progress', cancel: 'imports.cancel' } as const;
  const check = useTrackedRun('imports.preview', watch);
  const commit = useTrackedRun('imports.commit', watch);

  const runCheck = () => {
    if (!chosen) return;
    hold(null);
    setPreview(null);
    setDecisions(noDecisions);
    setStep(2);
    check.start(previewRequest(kind, chosen, choices), {
      onSuccess: (checked) => {
        hold(checked.previewId);
        setPreview(checked);
      },
    });
  };
  const runCommit = () => {
    if (!preview) return;
    setStep(4);
    commit.start(
      { previewId: preview.previewId, decisions: commitDecisionsOf(decisions) },
      {
        onSuccess: (r) => {
          heldPreview.current = null; // used up by the import
          setResult(r);
        },
        onError: () => setStep(3),
      },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={titles[kind]}
        description={
          <>
            Nothing is saved until the last step.{' '}
            <Anchor component={Link} to="/imports">
              Back to imports
            </Anchor>
          </>
        }
      />
      <Stepper active={step} onStepClick={result ? undefined : setStep} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="Choose file" description={chosen?.file.fileName}>
          <ChooseFileStep
            kind={kind}
            chosen={chosen}
            onChosen={(next) => {
              hold(null);
              setPreview(null);
              setChosen(next);
              if (next) setChoices((c) => ({ ...initialChoices(kind, next.file.fileName), template: c.template }));
            }}
            onNext={() => setStep(1)}
          />
        </Stepper.Step>
        <Stepper.Step label="Match columns">
          {chosen && (
            <MappingStep
              kind={kind}
              chosen={chosen}
              choices={choices}
              onChange={setChoices}
              onBack={() => setStep(0)}
              onPreview={runCheck}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label="Check" loading={check.run.isPending}>
          <PreviewStep
            preview={preview}
            running={check.run.isPending}
            progress={check.progress}
            error={check.run.error}
            onCancel={check.cancel}
            onBack={() => setStep(1)}
            onRetry={runCheck}
            onNext={() => setStep(3)}
          />
        </Stepper.Step>
        <Stepper.Step label="Review">
          {commit.run.isError && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Not imported" mb="md">
              {nothingChanged(errorMessage(commit.run.error))}
            </Alert>
          )}
          {preview && (
            <ReviewStep
              preview={preview}
              decisions={decisions}
              onChange={setDecisions}
              onBack={() => setStep(2)}
              onCommit={runCommit}
            />
          )}
        </Stepper.Step>
        <Stepper.Completed>
          {result ? (
            <ResultStep result={result} onUndone={() => void navigate(`/imports?batch=${result.batchId}`)} />
          ) : (
            <ProgressPanel title="Importing" progress={commit.progress} onCancel={commit.cancel} />
          )}
        </Stepper.Completed>
      </Stepper>
    </Stack>
  );
}
