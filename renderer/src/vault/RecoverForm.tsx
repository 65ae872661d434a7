import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { applyServerErrors } from '../forms/applyServerErrors';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseShape, passphraseMismatch, passphrasesMatch } from './passphraseForm';
import { weaknessOf } from './passphraseStrength';

const recoverForm = z
  .object({ recoveryKey: z.string().trim().min(1, { error: 'Enter the recovery key.' }), ...newPassphraseShape })
  .refine(passphrasesMatch, passphraseMismatch);
type RecoverValues = z.infer<typeof recoverForm>;

/** A forgotten passphrase: the recovery key opens the records and a new passphrase replaces the old one. */
export function RecoverForm({ onCancel }: { onCancel: () => void }) {
  const form = useForm<RecoverValues>({
    resolver: zodResolver(recoverForm),
    defaultValues: { recoveryKey: '', passphrase: '', confirm: '' },
  });
  const recover = useOperationMutation('vault.recover');
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ recoveryKey, passphrase }) => {
    setFormError(null);
    const weakness = await weaknessOf(passphrase);
    if (weakness) return form.setError('passphrase', { message: weakness }, { shouldFocus: true });
    try {
      await recover.mutateAsync({ recoveryKey, newPassphrase: passphrase });
      notifications.show({
        color: 'teal',
        title: 'New passphrase set',
        message: 'Use it from now on. Your recovery key has not changed.',
      });
    } catch (error) {
      if (isApiError(error) && error.code === 'WRONG_PASSPHRASE') {
        form.setError('recoveryKey', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        setFormError(applyServerErrors(error, form.setError, ['recoveryKey', 'passphrase']));
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {formError && (
            <Alert color="red" title="Trellis could not open the records">
              {formError}
            </Alert>
          )}
          <TextInput
            label="Recovery key"
            description="Eight groups of four letters and digits. Dashes, spaces and capitals do not matter."
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            required
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.04em' } }}
            error={form.formState.errors.recoveryKey?.message}
            {...form.register('recoveryKey')}
          />
          <NewPassphraseFields label="New passphrase" />
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel}>
              Back
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Unlock and set passphrase
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
