import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { HashRouter } from 'react-router-dom';
import { createQueryClient } from './api/queryClient';
import { AppFrame } from './shell/AppFrame';
import { AppRoutes } from './shell/AppRoutes';
import { theme } from './theme';
import { VaultGate } from './vault/VaultGate';

/**
 * Hash routing: the app is loaded from a file-like origin (app:// in Electron,
 * a token path in the test host), where only the part after # can change.
 */
export function App() {
  const [queryClient] = useState(createQueryClient);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          {/* Bottom right: clear of the Lock button and page actions at the top. */}
          <Notifications position="bottom-right" autoClose={5000} />
          <HashRouter>
            <VaultGate>
              <AppFrame>
                <AppRoutes />
              </AppFrame>
            </VaultGate>
          </HashRouter>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
