import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import type { ImportKind, MappingSource } from '@contract/imports';
import type { ChosenSheet } from './ChooseFileStep';
import { missingChoice, type MappingChoices } from './choices';
import { SurveyChoiceFields } from './SurveyChoiceFields';
import { TemplateControls } from './TemplateControls';
import { useBaseMapping } from './useBaseMapping';
import { QueryState } from '../../shell/QueryState';

const sourceLabels: Record<MappingSource, { label: string; color: string }> = {
  user: { label: 'Your choice', color: 'blue' },
  template: { label: 'From template', color: 'grape' },
  remembered: { label: 'Remembered', color: 'teal' },
  suggested: { label: 'Suggested', color: 'gray' },
  none: { label: 'No match', color: 'orange' },
};

/** Step 2: where each column goes, prefilled and changeable; the survey; templates; how to read dates. */
export function MappingStep({
  kind,
  chosen,
  choices,
  onChange,
  onBack,
  onPreview,
}: {
  kind: ImportKind;
  chosen: ChosenSheet;
  choices: MappingChoices;
  onChange: (choices: MappingChoices) => void;
  onBack: () => void;
  onPreview: () => void;
}) {
  const base = useBaseMapping(kind, chosen, choices.survey);
  const targets = base.data ? groupedOptions(base.data.targets) : [];
  const baseByKey = new Map((base.data?.mapping ?? []).map((m) => [m.key, m]));
  const templateMapping = choices.template?.mapping ?? {};

  const targetOf = (key: string) =>
    choices.overrides[key] ?? templateMapping[key] ?? baseByKey.get(key)?.target ?? 'ignore';
  const sourceOf = (key: string): MappingSource =>
    key in choices.overrides ? 'user' : key in templateMapping ? 'template' : (baseByKey.get(key)?.source ?? 'none');
  const currentMapping = () => Object.fromEntries(chosen.inspected.columns.map((c) => [c.key, targetOf(c.key)]));
  const problem = missingChoice(choices);

  return (
    <Stack gap="md">
      {choices.survey && (
        <SurveyChoiceFields
          choice={choices.survey}
          defaultName={chosen.file.fileName.replace(/\.[^.]+$/, '')}
          onChange={(survey) => onChange({ ...choices, survey, overrides: {} })}
        />
      )}
      <Group justify="space-between" align="flex-end">
        <TemplateControls
          kind={kind}
          applied={choices.template}
          onApply={(template) => onChange({ ...choices, template, overrides: {} })}
          currentMapping={currentMapping}
        />
        <Select
          label="Dates like 03/04/2026"
          description="Used only when the file itself does not settle it."
          data={[
            { value: 'auto', label: 'Work it out from the file' },
            { value: 'mdy', label: 'Month first (March 4)' },
            { value: 'dmy', label: 'Day first (3 April)' },
          ]}
          value={choices.dateOrder ?? 'auto'}
          allowDeselect={false}
          onChange={(v) => onChange({ ...choices, dateOrder: v === 'mdy' || v === 'dmy' ? v : null })}
          w={260}
        />
      </Group>
      {base.asked && (
        <QueryState query={base} failure="The columns could not be matched" loadingLabel="Matching columns">
          {() => (
            <Paper withBorder radius="md">
              <Table aria-label="Column mapping" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="34%">Column in the file</Table.Th>
                    <Table.Th w="26%">First values</Table.Th>
                    <Table.Th>Goes to</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {chosen.inspected.columns.map((column) => {
                    const source = sourceLabels[sourceOf(column.key)];
                    return (
                      <Table.Tr key={column.key}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            <Text span c="dimmed" size="xs" mr={6}>
                              {column.letter}
                            </Text>
                            {column.header}
                          </Text>
                          {column.label && column.label !== column.header && (
                            <Text size="xs" c="dimmed" lineClamp={2}>
                              {column.label}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {column.samples.filter(Boolean).slice(0, 3).join(' · ') || 'Empty'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Select
                              aria-label={`Where “${column.header}” goes`}
                              data={targets}
                              value={targetOf(column.key)}
                              allowDeselect={false}
                              searchable
                              onChange={(target) =>
                                target &&
                                onChange({ ...choices, overrides: { ...choices.overrides, [column.key]: target } })
                              }
                              style={{ flex: 1 }}
                              comboboxProps={{ width: 420, position: 'bottom-start' }}
                            />
                            <Badge variant="light" color={source.color} w={130}>
                              {source.label}
                            </Badge>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </QueryState>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Group>
          {problem && (
            <Text size="sm" c="orange">
              {problem}
            </Text>
          )}
          <Button onClick={onPreview} disabled={problem !== null || !base.data}>
            Next: check the file
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function groupedOptions(targets: { value: string; label: string; group: string }[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const t of targets) groups.set(t.group, [...(groups.get(t.group) ?? []), { value: t.value, label: t.label }]);
  return [...groups].map(([group, items]) => ({ group, items }));
}
