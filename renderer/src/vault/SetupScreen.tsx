import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { invoke } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { askDatabases, startOver } from '../databases/databasesApi';
import { applyServerErrors } from '../forms/applyServerErrors';
import { AuthLayout } from './AuthLayout';
import { NewPassphraseFields } from './NewPassphraseFields';
import { newPassphraseShape, passphraseMismatch, passphrasesMatch } from './passphraseForm';
import { weaknessOf } from './passphraseStrength';

const setupForm = z.object(newPassphraseShape).refine(passphrasesMatch, passphraseMismatch);
type SetupValues = z.infer<typeof setupForm>;

/** First run: choose the passphrase that will protect the new database. */
export function SetupScreen({ onCreated }: { onCreated: (recoveryKey: string) => void }) {
  const form = useForm<SetupValues>({
    resolver: zodResolver(setupForm),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const createVault = useOperationMutation('vault.create');
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setFormError(null);
    const weakness = await weaknessOf(passphrase);
    if (weakness) return form.setError('passphrase', { message: weakness }, { shouldFocus: true });
    try {
      const { recoveryKey } = await createVault.mutateAsync({ passphrase });
      onCreated(recoveryKey);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ['passphrase']));
    }
  });

  /**
   * "Explore with demo data": a separate demo database with the passphrase
   * typed here, opened instead of this one, which stays untouched and empty.
   */
  const [exploring, setExploring] = useState(false);
  const exploreDemo = form.handleSubmit(async ({ passphrase }) => {
    setFormError(null);
    setExploring(true);
    try {
      const { location } = await askDatabases({ action: 'demoLocation' });
      if (!location) throw new Error('No place for the demo database.');
      await invoke('demo.createDatabase', { path: location.path, passphrase, size: 'small', seed: 1 });
      await askDatabases({ action: 'openDemo', path: location.path });
      await invoke('vault.unlock', { passphrase });
      startOver();
    } catch (error) {
      setExploring(false);
      setFormError(applyServerErrors(error, form.setError, ['passphrase']));
    }
  });

  return (
    <AuthLayout
      title="Set up Trellis"
      intro="Trellis keeps your office’s mentoring records in an encrypted database on this computer. Choose the passphrase staff will use to open it."
    >
      <FormProvider {...form}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {formError && (
              <Alert color="red" title="The database was not created">
                {formError}
              </Alert>
            )}
            <NewPassphraseFields autoFocus />
            <Text size="sm" c="dimmed">
              Nobody can open the records without this passphrase or the recovery key you will see next — not even
              Trellis.
            </Text>
            <Button type="submit" loading={form.formState.isSubmitting && !exploring} disabled={exploring}>
              Create the database
            </Button>
            <Divider label="or, to look around first" labelPosition="center" />
            <Text size="sm" c="dimmed">
              Explore Trellis in a separate demo database filled with invented records — made-up faculty, mentoring
              pairs, meetings and peer groups — opened with this passphrase. None of it is about real people, and your
              office’s database stays empty until you set it up.
            </Text>
            <Button variant="default" loading={exploring} onClick={() => void exploreDemo()}>
              Explore with demo data
            </Button>
          </Stack>
        </form>
      </FormProvider>
    </AuthLayout>
  );
}
