import type { TrellisBridge } from '@common/bridge';

declare global {
  interface Window {
    /** Set by the preload in the app, and by the test host's bridge script in browser tests. */
    readonly trellis?: TrellisBridge;
  }
}

export {};
