import type { OperationName } from './contract';
import { attentionHandlers } from './attention/operations';
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
import { vaultHandlers } from './vault/operations';

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
};

export function handlerFor(name: OperationName): Handler<OperationName> {
  return handlers[name] as Handler<OperationName>;
}
