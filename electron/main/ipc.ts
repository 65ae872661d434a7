import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { invokeChannel } from '../common/bridge';
import type { Core } from '../core';
import type { Envelope } from '../common/errors';
import type { FileGrants } from './fileGrants';
import type { PageTrust } from './origins';

/** Decides whether an IPC call comes from the app's own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export const forbiddenEnvelope: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Trellis window, so it was refused.' },
};

/**
 * The one IPC entry point for operations. The sender is checked first, then
 * that any file path in the input was chosen by the person in a dialog; then
 * the core validates the operation name and its input (zod) before any
 * handler runs, and answers with an envelope, never a thrown error.
 */
export function registerIpc(
  ipcMain: IpcMain,
  core: Pick<Core, 'invoke'>,
  isTrustedSender: SenderCheck,
  grants: Pick<FileGrants, 'refusal' | 'fromAnswer'>,
): void {
  ipcMain.handle(invokeChannel, async (event, operation: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event)) return forbiddenEnvelope;
    const refusal = grants.refusal(operation, input);
    if (refusal) return refusal;
    const envelope = await core.invoke(operation, input);
    grants.fromAnswer(operation, envelope);
    return envelope;
  });
}

/**
 * Only the top frame of the main window, showing an app page, may call the
 * core: not an iframe, not another window, not a page the window was somehow
 * navigated to. Frames are compared by process and routing id, which name a
 * frame uniquely.
 */
export function mainWindowSenderCheck(getMainWindow: () => BrowserWindow | null, isAppPage: PageTrust): SenderCheck {
  return (event) => {
    const window = getMainWindow();
    if (!window || window.isDestroyed()) return false;
    try {
      const frame = event.senderFrame;
      const topFrame = window.webContents.mainFrame;
      return (
        frame !== null &&
        event.sender.id === window.webContents.id &&
        frame.parent === null &&
        frame.processId === topFrame.processId &&
        frame.routingId === topFrame.routingId &&
        isAppPage(frame.url)
      );
    } catch {
      // A frame that navigated away or closed mid-call throws on access: refuse.
      return false;
    }
  };
}
