import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../api/client';
import { applyServerErrors } from '../forms/applyServerErrors';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { newPassphraseShape, passphraseMismatch, passphrasesMatch } from '../vault/passphraseForm';
import { weaknessOf } from '../vault/passphraseStrength';
import { useOperationMutation } from '../api/useOperation';

const changeForm = z
  .object({ current: z.string().min(1, { error: 'Enter your current passphrase.' }), ...newPassphraseShape })
  .refine(passphrasesMatch, passphraseMismatch);
type ChangeValues = z.infer<typeof changeForm>;

const emptyValues: ChangeValues = { current: '', passphrase: '', confirm: '' };

/** Re-wraps the database key under a new passphrase; the records themselves are not rewritten. */
export function ChangePassphraseForm() {
  const form = useForm<ChangeValues>({ resolver: zodResolver(changeForm), defaultValues: emptyValues });
  const change = useOperationMutation('vault.changePassphrase');
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ current, passphrase }) => {
    setFormError(null);
    const weakness = await weaknessOf(passphrase);
    if (weakness) return form.setError('passphrase', { message: weakness }, { shouldFocus: true });
    try {
      await change.mutateAsync({ current, next: passphrase });
      form.reset(emptyValues);
      notifications.show({
        color: 'teal',
        title: 'Passphrase changed',
        message: 'Use the new passphrase next time you unlock Trellis. Your recovery key has not changed.',
      });
    } catch (error) {
      if (isApiError(error) && error.code === 'WRONG_PASSPHRASE') {
        form.setError('current', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        setFormError(applyServerErrors(error, form.setError, ['current', 'passphrase']));
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="Change passphrase">
        <Stack gap="md" maw={440}>
          {formError && (
            <Alert color="red" title="The passphrase was not changed">
              {formError}
            </Alert>
          )}
          <PasswordInput
            label="Current passphrase"
            autoComplete="current-password"
            required
            error={form.formState.errors.current?.message}
            {...form.register('current')}
          />
          <NewPassphraseFields label="New passphrase" />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              Change passphrase
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
