import { Group, NumberInput, Paper, Radio, Select, Stack, TextInput } from '@mantine/core';
import { surveyKindLabels, surveyKinds, type SurveyKind } from '@contract/surveys';
import { useOperation } from '../../api/useOperation';
import type { SurveyChoice } from './choices';

/** For survey responses: add them to a survey Trellis has, or create the survey from this file's columns. */
export function SurveyChoiceFields({
  choice,
  onChange,
  defaultName,
}: {
  choice: SurveyChoice;
  onChange: (choice: SurveyChoice) => void;
  defaultName: string;
}) {
  const surveys = useOperation('surveys.list', {});
  const existing = surveys.data ?? [];
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Radio.Group
          label="Which survey are these responses for?"
          value={choice.mode}
          onChange={(mode) =>
            onChange(
              mode === 'existing'
                ? { mode: 'existing', surveyId: existing[0]?.id ?? null }
                : { mode: 'new', name: defaultName, year: new Date().getFullYear(), kind: 'annual' },
            )
          }
        >
          <Group mt="xs">
            <Radio value="new" label="Create a new survey from this file" />
            <Radio
              value="existing"
              label="Add them to a survey in Trellis"
              disabled={existing.length === 0}
              description={existing.length === 0 ? 'There are no surveys yet.' : undefined}
            />
          </Group>
        </Radio.Group>
        {choice.mode === 'existing' ? (
          <Select
            label="Survey"
            placeholder="Choose a survey"
            data={existing.map((s) => ({ value: String(s.id), label: `${s.name} (${s.year})` }))}
            value={choice.surveyId === null ? null : String(choice.surveyId)}
            onChange={(id) => onChange({ mode: 'existing', surveyId: id ? Number(id) : null })}
            maw={420}
          />
        ) : (
          <Group align="flex-start" grow>
            <TextInput
              label="Survey name"
              value={choice.name}
              onChange={(e) => onChange({ ...choice, name: e.currentTarget.value })}
              error={choice.name.trim() === '' ? 'Name the survey.' : undefined}
            />
            <NumberInput
              label="Year it ran"
              value={choice.year}
              min={1990}
              max={2100}
              allowDecimal={false}
              onChange={(year) => onChange({ ...choice, year: Number(year) || new Date().getFullYear() })}
              maw={140}
            />
            <Select
              label="Kind of survey"
              data={surveyKinds.map((k) => ({ value: k, label: surveyKindLabels[k] }))}
              value={choice.kind}
              allowDeselect={false}
              onChange={(kind) => kind && onChange({ ...choice, kind: kind as SurveyKind })}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
