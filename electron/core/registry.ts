import type { OperationName } from './contract';
import { attentionHandlers } from './attention/operations';
import { createPacketHandlers } from './awards/packets/operations';
import { PacketProgressBoard } from './awards/packets/progress';
import { awardsHandlers } from './awards/operations';
import { changeRequestHandlers } from './changeRequests/operations';
import { changeRequestEffectsSink } from './changeRequests/surveyEffectsSink';
import { demoHandlers } from './demo/operations';
import { documentsHandlers } from './documents/operations';
import { facultyHandlers } from './faculty/operations';
import type { Handler, HandlerMap } from './handlers';
import { matrixHandlers } from './matrix/operations';
import { meetingHandlers } from './meetings/operations';
import { mentoringProfileHandlers } from './mentoringProfile/operations';
import { mentorshipHandlers } from './mentorships/operations';
import { peerGroupHandlers } from './peerGroups/operations';
import { programHandlers } from './programs/operations';
import { createImportDeps } from './imports/deps';
import { createImportsHandlers } from './imports/operations';
import { createSurveysHandlers } from './surveys/operations';
import { vaultHandlers } from './vault/operations';

/** Import previews, progress and limits for this process; accepted survey change requests open mentoring change requests. */
export const importDeps = createImportDeps({ surveyEffects: changeRequestEffectsSink });

/**
 * Previews and progress hold rows of confidential files in memory: they go
 * when the records are locked (and when the session ends), like the key.
 */
export function forgetImportWork(): void {
  importDeps.progress.clear();
  importDeps.previews.clear();
}

/** Progress and cancel switches of batch packet runs in this process. */
export const packetProgress = new PacketProgressBoard();

/** Every handler, keyed by operation name. The type makes a missing handler a compile error. */
export const handlers: HandlerMap<OperationName> = {
  ...vaultHandlers,
  ...facultyHandlers,
  ...programHandlers,
  ...mentorshipHandlers,
  ...meetingHandlers,
  ...changeRequestHandlers,
  ...peerGroupHandlers,
  ...mentoringProfileHandlers,
  ...attentionHandlers,
  ...demoHandlers,
  ...matrixHandlers,
  ...createImportsHandlers(importDeps),
  ...createSurveysHandlers(importDeps),
  ...createPacketHandlers(packetProgress),
  ...awardsHandlers,
  ...documentsHandlers,
};

export function handlerFor(name: OperationName): Handler<OperationName> {
  return handlers[name] as Handler<OperationName>;
}
