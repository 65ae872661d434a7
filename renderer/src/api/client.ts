import type { OperationInput, OperationName, OperationResult } from '@contract';
import type { ErrorCode, ErrorPayload, FieldErrors } from '@common/errors';

/**
 * An error the core reported (wrong passphrase, duplicate email, …). Its
 * message is written for people and is shown as-is; `fields` maps form field
 * names to inline messages.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.fields = payload.fields ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The one way the renderer reaches the core: typed by the shared contract. */
export async function invoke<K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> {
  const bridge = window.trellis;
  if (!bridge) {
    throw new ApiError({
      code: 'INTERNAL',
      message: 'Trellis could not reach its records. Close the window and open Trellis again.',
    });
  }
  const envelope = await bridge.invoke(name, input);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as OperationResult<K>;
}

/** Words for any error, for notifications and alerts. Never shows stack traces. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something went wrong and nothing was saved. Please try again.';
}
