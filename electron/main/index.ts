import { app, dialog } from 'electron';
import { registerAppSchemeAsPrivileged } from './protocol';
import { startTrellis } from './startup';

// Both must happen before Electron is ready, so they run as this entry module
// is evaluated (with ES modules, anything awaited first could run after ready).
registerAppSchemeAsPrivileged();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Trellis is already running; it comes to the front (see 'second-instance').
  app.quit();
} else {
  app
    .whenReady()
    .then(startTrellis)
    .catch((error: unknown) => {
      dialog.showErrorBox('Trellis could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
