import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { autoLockChoices, type AutoLockMinutes } from '@contract/autoLock';
import { errorMessage } from '../api/client';
import { useOperation, useOperationMutation } from '../api/useOperation';

const never = 'never';
const options = [
  ...autoLockChoices.map((m) => ({ value: String(m), label: `After ${m} minutes` })),
  { value: never, label: 'Never' },
];

/** Settings › Locking: after how long without use Trellis locks itself. Saved as soon as it is chosen. */
export function AutoLockSetting() {
  const setting = useOperation('autoLock.get', {});
  const save = useOperationMutation('autoLock.set');
  const value = setting.data ? (setting.data.minutes === null ? never : String(setting.data.minutes)) : null;
  return (
    <Select
      label="Lock after a time without use"
      description="Thirty seconds before, Trellis says it is about to lock; any key or mouse movement keeps it open."
      w={360}
      allowDeselect={false}
      disabled={!setting.data || save.isPending}
      data={options}
      value={value}
      error={setting.isError ? errorMessage(setting.error) : undefined}
      onChange={(next) => {
        if (!next || next === value) return;
        const minutes = next === never ? null : (Number(next) as AutoLockMinutes);
        save.mutate(
          { minutes },
          {
            onSuccess: () =>
              notifications.show({
                color: 'teal',
                title: 'Saved',
                message:
                  minutes === null
                    ? 'Trellis will not lock by itself.'
                    : `Trellis locks after ${minutes} minutes without use.`,
              }),
            onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error) }),
          },
        );
      }}
    />
  );
}
