import { NumberInput, Select, SimpleGrid, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { criteria, criterionLabels, rankRuleLabels, rankRules, type MatchingSettings } from '@contract/matching';
import { Controller } from 'react-hook-form';
import { useOperationMutation } from '../../api/useOperation';
import { FormFrame } from '../../forms/FormParts';
import { useOperationForm } from '../../forms/useOperationForm';

const fields = ['rankRule', 'recentPairYears', 'minScore', ...criteria.map((c) => `weights.${c}` as const)] as const;

/** A program's matching rules and weights; suggestions and cohorts follow them as soon as they are saved. */
export function MatchingSettingsForm(props: { programId: number; settings: MatchingSettings; onDone: () => void }) {
  const { programId, settings, onDone } = props;
  const save = useOperationMutation('matching.settings.set');
  const { form, formError, submitWith } = useOperationForm('matching.settings.set', {
    defaultValues: { programId, ...settings },
    fields,
  });
  const errors = form.formState.errors;
  const submit = submitWith(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', title: 'Matching settings saved', message: 'Suggestions follow them now.' });
    onDone();
  });
  return (
    <FormFrame
      label="Matching settings"
      onSubmit={submit}
      error={formError}
      submitLabel="Save settings"
      saving={save.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="rankRule"
        render={({ field }) => (
          <Select
            label="Who may mentor whom"
            allowDeselect={false}
            data={rankRules.map((r) => ({ value: r, label: rankRuleLabels[r] }))}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            error={errors.rankRule?.message}
          />
        )}
      />
      <SimpleGrid cols={2}>
        <Controller
          control={form.control}
          name="recentPairYears"
          render={({ field }) => (
            <NumberInput
              label="Don’t re-pair within (years)"
              description="0: a pair that ended may be proposed again at once."
              min={0}
              max={20}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
              error={errors.recentPairYears?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="minScore"
          render={({ field }) => (
            <NumberInput
              label="Lowest score proposed (%)"
              description="Pairs scoring less are never suggested."
              min={0}
              max={100}
              allowDecimal={false}
              suffix="%"
              value={Math.round((field.value ?? 0) * 100)}
              onChange={(v) => field.onChange(v === '' ? undefined : Number(v) / 100)}
              error={errors.minScore?.message}
            />
          )}
        />
      </SimpleGrid>
      <Text size="sm" fw={500}>
        Weights
      </Text>
      <Text size="xs" c="dimmed" mt={-12}>
        Only their proportions matter. Shared background counts only for mentees who opted in.
      </Text>
      <SimpleGrid cols={2}>
        {criteria.map((c) => (
          <Controller
            key={c}
            control={form.control}
            name={`weights.${c}`}
            render={({ field }) => (
              <NumberInput
                label={criterionLabels[c]}
                min={0}
                max={100}
                allowDecimal={false}
                value={field.value}
                onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
                error={errors.weights?.[c]?.message}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </FormFrame>
  );
}
