import { Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportKind, ImportTemplate } from '@contract/imports';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useOperation, useOperationMutation } from '../../api/useOperation';
import { useOperationForm } from '../../forms/useOperationForm';

/** Apply a saved mapping, or save the one on screen under a name for next year's file. */
export function TemplateControls({
  kind,
  applied,
  onApply,
  currentMapping,
}: {
  kind: ImportKind;
  applied: ImportTemplate | null;
  onApply: (template: ImportTemplate | null) => void;
  currentMapping: () => Record<string, string>;
}) {
  const templates = useOperation('imports.templates.list', { kind });
  const save = useOperationMutation('imports.templates.save');
  const [naming, setNaming] = useState(false);
  const { form, errors, formError, submitWith } = useOperationForm('imports.templates.save', {
    defaultValues: { name: '', kind, mapping: {} },
    fields: ['name'],
  });
  // The mapping saved is the one on screen when the button is pressed.
  const submit = submitWith(async (values) => {
    const saved = await save.mutateAsync({ ...values, mapping: currentMapping() });
    notifications.show({ color: 'teal', title: 'Template saved', message: saved.name });
    setNaming(false);
    form.reset();
    onApply(saved);
  });

  return (
    <Group align="flex-end">
      <Select
        label="Mapping template"
        placeholder={templates.data?.length ? 'Choose a template' : 'No templates saved yet'}
        data={(templates.data ?? []).map((t) => ({ value: String(t.id), label: t.name }))}
        value={applied ? String(applied.id) : null}
        onChange={(id) => onApply(templates.data?.find((t) => String(t.id) === id) ?? null)}
        disabled={!templates.data?.length}
        clearable
        w={280}
      />
      <Popover opened={naming} onChange={setNaming} trapFocus position="bottom-start" withArrow>
        <Popover.Target>
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => setNaming((o) => !o)}>
            Save as template…
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <form onSubmit={submit} noValidate>
            <Stack gap="xs" w={280}>
              <TextInput
                label="Template name"
                error={errors.name?.message ?? formError}
                data-autofocus
                {...form.register('name')}
              />
              <Group justify="flex-end">
                <Button type="submit" size="xs" loading={save.isPending}>
                  Save template
                </Button>
              </Group>
            </Stack>
          </form>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
