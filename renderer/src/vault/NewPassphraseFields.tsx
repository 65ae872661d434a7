import { PasswordInput, Stack } from '@mantine/core';
import { useFormContext, useWatch } from 'react-hook-form';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';

interface NewPassphraseValues {
  passphrase: string;
  confirm: string;
}

/** "New passphrase" and "Type it again", with the strength meter; used inside a react-hook-form FormProvider. */
export function NewPassphraseFields({
  label = 'Passphrase',
  autoFocus = false,
}: {
  label?: string;
  autoFocus?: boolean;
}) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<NewPassphraseValues>();
  const passphrase = useWatch({ control, name: 'passphrase' }) ?? '';

  return (
    <Stack gap="sm">
      <PasswordInput
        label={label}
        autoComplete="new-password"
        autoFocus={autoFocus}
        required
        error={errors.passphrase?.message}
        {...register('passphrase')}
      />
      <PassphraseStrengthMeter passphrase={passphrase} />
      <PasswordInput
        label="Type it again"
        autoComplete="new-password"
        required
        error={errors.confirm?.message}
        {...register('confirm')}
      />
    </Stack>
  );
}
