import type { OperationName } from './contract';
import { facultyHandlers } from './faculty/operations';
import type { Handler, HandlerMap } from './handlers';
import { importsHandlers, surveysHandlers } from './imports/operations';
import { vaultHandlers } from './vault/operations';

/** Every handler, keyed by operation name. The type makes a missing handler a compile error. */
export const handlers: HandlerMap<OperationName> = {
  ...vaultHandlers,
  ...facultyHandlers,
  ...importsHandlers,
  ...surveysHandlers,
};

export function handlerFor(name: OperationName): Handler<OperationName> {
  return handlers[name] as Handler<OperationName>;
}
