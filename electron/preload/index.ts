import { contextBridge, ipcRenderer } from 'electron';
import { invokeChannel, type TrellisBridge } from '../core/bridge';

/**
 * The whole surface the page gets: one function that sends an operation name
 * and its input to the main process. ipcRenderer itself is never exposed, so
 * the page cannot reach any other channel.
 */
const bridge: TrellisBridge = {
  invoke: (operation, input) => ipcRenderer.invoke(invokeChannel, operation, input),
};

contextBridge.exposeInMainWorld('trellis', bridge);
