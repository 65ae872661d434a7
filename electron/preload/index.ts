import { contextBridge, ipcRenderer } from 'electron';
import {
  chooseFileChannel,
  chooseSaveLocationChannel,
  databasesChannel,
  invokeChannel,
  type TrellisBridge,
} from '../common/bridge';

/**
 * The whole surface the page gets: one function that sends an operation name
 * and its input to the main process, two that ask the main process to show
 * a file dialog, and one for which database is open. ipcRenderer itself is never exposed, so the page cannot reach
 * any other channel.
 */
const bridge: TrellisBridge = {
  invoke: (operation, input) => ipcRenderer.invoke(invokeChannel, operation, input),
  chooseFile: (request) => ipcRenderer.invoke(chooseFileChannel, request),
  chooseSaveLocation: (request) => ipcRenderer.invoke(chooseSaveLocationChannel, request),
  databases: (request) => ipcRenderer.invoke(databasesChannel, request),
};

contextBridge.exposeInMainWorld('trellis', bridge);
