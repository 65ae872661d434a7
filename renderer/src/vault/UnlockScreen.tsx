import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../api/client';
import { autoLockNote, clearAutoLockNote } from '../autoLock/autoLockNote';
import { useOperationMutation } from '../api/useOperation';
import { applyServerErrors } from '../forms/applyServerErrors';
import { AuthLayout } from './AuthLayout';
import { RecoverForm } from './RecoverForm';
import { UnlockWait, useCountdown } from './UnlockWait';

const unlockForm = z.object({ passphrase: z.string().min(1, { error: 'Enter your passphrase.' }) });
type UnlockValues = z.infer<typeof unlockForm>;

/** The records are locked: open them with the passphrase, or with the recovery key if it is forgotten. */
export function UnlockScreen({ databasePath }: { databasePath: string }) {
  const [recovering, setRecovering] = useState(false);

  if (recovering) {
    return (
      <AuthLayout
        title="Use your recovery key"
        intro="Enter the recovery key you saved when Trellis was set up, then choose a new passphrase. The recovery key keeps working afterwards."
      >
        <RecoverForm onCancel={() => setRecovering(false)} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Unlock Trellis" intro="Enter the passphrase to open the mentoring records.">
      <AutoLockedNotice />
      <UnlockForm onForgot={() => setRecovering(true)} />
      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
        Records: {databasePath}
      </Text>
    </AuthLayout>
  );
}

/** Says why the unlock screen appeared when Trellis locked itself; the note is cleared once the records are open again. */
function AutoLockedNotice() {
  const [minutes] = useState(autoLockNote);
  useEffect(() => clearAutoLockNote, []);
  if (minutes === null) return null;
  return (
    <Alert color="blue" title="Trellis locked itself">
      It was not used for {minutes} {minutes === 1 ? 'minute' : 'minutes'}, so it locked the records. Enter the
      passphrase to go on.
    </Alert>
  );
}

function UnlockForm({ onForgot }: { onForgot: () => void }) {
  const form = useForm<UnlockValues>({ resolver: zodResolver(unlockForm), defaultValues: { passphrase: '' } });
  const unlock = useOperationMutation('vault.unlock');
  const [formError, setFormError] = useState<string | null>(null);
  const [secondsLeft, startWait] = useCountdown();

  const submit = form.handleSubmit(async ({ passphrase }) => {
    setFormError(null);
    try {
      await unlock.mutateAsync({ passphrase });
    } catch (error) {
      if (isApiError(error) && error.code === 'UNLOCK_WAIT') {
        startWait(Number(error.fields.waitSeconds ?? 0));
      } else if (isApiError(error) && error.code === 'WRONG_PASSPHRASE') {
        // A wrong passphrase is about the one field, so it is shown there.
        form.setError('passphrase', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        setFormError(applyServerErrors(error, form.setError, ['passphrase']));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {secondsLeft > 0 && <UnlockWait secondsLeft={secondsLeft} />}
        {formError && (
          <Alert color="red" title="Trellis could not open the records">
            {formError}
          </Alert>
        )}
        <PasswordInput
          label="Passphrase"
          autoComplete="current-password"
          autoFocus
          required
          error={form.formState.errors.passphrase?.message}
          {...form.register('passphrase')}
        />
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={onForgot}>
            Forgot your passphrase?
          </Anchor>
          <Button type="submit" loading={form.formState.isSubmitting} disabled={secondsLeft > 0}>
            Unlock
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
