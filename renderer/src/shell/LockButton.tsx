import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useOperationMutation } from '../api/useOperation';
import { usePlaceBeforeLock } from './placeBeforeLock';

/** Closes the database and returns to the unlock screen; the next person at the desk sees nothing. */
export function LockButton() {
  const lock = useOperationMutation('vault.lock');
  const navigate = useNavigate();
  const notePlace = usePlaceBeforeLock();

  return (
    <Button
      variant="default"
      leftSection={<IconLock size={16} />}
      loading={lock.isPending}
      onClick={async () => {
        try {
          notePlace();
          await lock.mutateAsync({});
          // The unlock screen has replaced the app by now; the address shows nothing of the records meanwhile.
          await navigate('/', { replace: true });
        } catch (error) {
          notifications.show({ color: 'red', title: 'Trellis could not lock', message: errorMessage(error) });
        }
      }}
    >
      Lock
    </Button>
  );
}
