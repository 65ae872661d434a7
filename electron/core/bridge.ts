import type { Envelope } from './errors';

/**
 * The one function the renderer can reach: the preload exposes it as
 * `window.trellis` in the app, and the browser test host serves a script that
 * defines the same thing over loopback HTTP. Nothing else crosses.
 */
export interface TrellisBridge {
  invoke(operation: string, input: unknown): Promise<Envelope<unknown>>;
}

/** The IPC channel name shared by the preload and the main process. */
export const invokeChannel = 'trellis:invoke';
