import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../api/client';
import { useForgetRecords } from '../api/useForgetRecords';
import { useOperation } from '../api/useOperation';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';

/**
 * Nothing of the app is rendered until the records are open: first run sets up
 * the database, a locked database asks for the passphrase.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  // The session's state changes only through this window's own calls (or is found locked), so it is never stale by age.
  const status = useOperation('vault.status', {}, { staleTime: Infinity });
  const forgetRecords = useForgetRecords();
  // Held only in this component's memory, and dropped once confirmed.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const state = status.data?.state;

  // Whenever the records are not open (locked by the button, or found locked by a call), nothing
  // read from them may linger: not in the cache, nor in notifications and dialogs ("Changes saved: …").
  useEffect(() => {
    if (state !== 'unlocked') {
      forgetRecords();
      notifications.clean();
      modals.closeAll();
    }
  }, [state, forgetRecords]);

  if (recoveryKey) {
    return (
      <RecoveryKeyScreen
        recoveryKey={recoveryKey}
        onContinue={async () => {
          // vault.create left the records open; asked again, the state says so, and the app comes in.
          await status.refetch();
          setRecoveryKey(null);
        }}
      />
    );
  }
  if (status.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Opening Trellis" />
      </Center>
    );
  }
  if (status.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <Alert color="red" title="Trellis could not check its records">
            {errorMessage(status.error)}
          </Alert>
          <Button variant="default" onClick={() => void status.refetch()}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  switch (status.data.state) {
    case 'new':
      return <SetupScreen onCreated={setRecoveryKey} />;
    case 'locked':
      return <UnlockScreen databasePath={status.data.databasePath} />;
    case 'unlocked':
      return children;
  }
}
