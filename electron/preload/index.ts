import { contextBridge, ipcRenderer } from 'electron';
import {
  chooseFileChannel,
  chooseSaveLocationChannel,
  commandChannel,
  databasesChannel,
  shellCommands,
  invokeChannel,
  type TrellisBridge,
} from '../common/bridge';

/**
 * The whole surface the page gets: one function that sends an operation name
 * and its input to the main process, two that ask the main process to show
 * a file dialog, one for which database is open, and one that hears the
 * File menu's commands. ipcRenderer itself is never exposed, so the page cannot reach
 * any other channel.
 */
const bridge: TrellisBridge = {
  invoke: (operation, input) => ipcRenderer.invoke(invokeChannel, operation, input),
  chooseFile: (request) => ipcRenderer.invoke(chooseFileChannel, request),
  chooseSaveLocation: (request) => ipcRenderer.invoke(chooseSaveLocationChannel, request),
  databases: (request) => ipcRenderer.invoke(databasesChannel, request),
  onCommand: (listener) => {
    // Only the known commands pass, and the page never sees the IPC event.
    const receive = (_event: unknown, command: unknown) => {
      const known = shellCommands.find((name) => name === command);
      if (known) listener(known);
    };
    ipcRenderer.on(commandChannel, receive);
    return () => void ipcRenderer.removeListener(commandChannel, receive);
  },
};

contextBridge.exposeInMainWorld('trellis', bridge);
