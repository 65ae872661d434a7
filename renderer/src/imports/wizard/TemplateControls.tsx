import { Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportKind, ImportTemplate } from '@contract/imports';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useOperation, useOperationMutation } from '../../api/useOperation';

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
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);

  const submit = () =>
    save.mutate(
      { name, kind, mapping: currentMapping() },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: 'Template saved', message: saved.name });
          setNaming(false);
          setName('');
          onApply(saved);
        },
        onError: (e) => setNameError(errorMessage(e)),
      },
    );

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
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack gap="xs" w={280}>
              <TextInput
                label="Template name"
                value={name}
                onChange={(e) => {
                  setName(e.currentTarget.value);
                  setNameError(null);
                }}
                error={nameError}
                data-autofocus
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
