import type { z } from 'zod';

/**
 * One entry of the contract between the UI and the core: the zod schema of
 * its input (checked in the main process before the core sees it) and, as a
 * type only, its result. `operation<Result>()(inputSchema)`.
 */
export interface OperationSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  result?: R;
}

export function operation<R>() {
  return <I extends z.ZodType>(input: I): OperationSpec<I, R> => ({ input });
}
