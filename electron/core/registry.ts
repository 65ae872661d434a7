import type { OperationName } from './contract';
import { attentionHandlers } from './attention/operations';
import { autoLockHandlers } from './autoLock/operations';
import { changeRequestHandlers } from './changeRequests/operations';
import { demoHandlers } from './demo/operations';
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

/** Import previews, progress and limits for this process; survey change requests go to `surveyEffects` (records-only until mentoring lands). */
export const importDeps = createImportDeps();

/** Every handler, keyed by operation name. The type makes a missing handler a compile error. */
export const handlers: HandlerMap<OperationName> = {
  ...vaultHandlers,
  ...autoLockHandlers,
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
};

export function handlerFor(name: OperationName): Handler<OperationName> {
  return handlers[name] as Handler<OperationName>;
}
