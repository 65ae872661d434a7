import { Group, Progress, Stack, Text } from '@mantine/core';
import { minimumPassphraseLength } from '@contract/vault';
import { usePassphraseStrength } from './usePassphraseStrength';

/** A five-step bar with a word for the strength and zxcvbn's advice. */
export function PassphraseStrengthMeter({ passphrase }: { passphrase: string }) {
  const strength = usePassphraseStrength(passphrase);
  const tooShort = passphrase.length < minimumPassphraseLength;

  return (
    <Stack gap={4} aria-live="polite">
      <Progress
        value={strength ? (strength.score + 1) * 20 : 0}
        color={strength?.color ?? 'gray'}
        size="sm"
        aria-label="Passphrase strength"
      />
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {tooShort
            ? `At least ${minimumPassphraseLength} characters (${passphrase.length} so far).`
            : `${passphrase.length} characters.`}
        </Text>
        {strength && (
          <Text size="sm" fw={500} c={strength.color} data-testid="passphrase-strength">
            {strength.label}
          </Text>
        )}
      </Group>
      {strength?.advice && (
        <Text size="sm" c="dimmed">
          {strength.advice}
        </Text>
      )}
    </Stack>
  );
}
