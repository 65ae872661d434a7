import type { z } from 'zod';

/**
 * The core's domains: the folders of electron/core that have a contract, and
 * the first part of every operation's name (`programs.create`). Operations
 * name them to say which records they read and change, so a client that keeps
 * answers (the renderer's cache) knows exactly which to fetch again after a
 * change. test/unit/core/operationEffects.test.ts checks this list against
 * the folders and every declaration against the handlers.
 */
export const domains = [
  'vault',
  'autoLock',
  'faculty',
  'programs',
  'mentorships',
  'meetings',
  'changeRequests',
  'peerGroups',
  'personMentoring',
  'attention',
  'demo',
  'matrix',
  'imports',
  'surveys',
  'awards',
  'documents',
  'matching',
  'workshops',
  'backups',
  'exports',
  'work',
  'audit',
] as const;
export type Domain = (typeof domains)[number];

/**
 * What an operation does to records, beside its input and result. A read
 * names the domains its answer is built from (left out: its own domain); a
 * write names the domains whose records it changes. A successful write makes
 * every read whose domains meet its changes out of date, and nothing else.
 */
export type Effects = { reads?: readonly Domain[]; changes?: never } | { changes: readonly Domain[]; reads?: never };

/**
 * One entry of the contract between the UI and the core: the zod schema of
 * its input (checked in the main process before the core sees it), as a type
 * only its result, and its effects. `operation<Result>()(inputSchema, effects)`.
 */
export interface OperationSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  result?: R;
  /** A read: the domains whose records its answer is built from. */
  reads?: readonly Domain[];
  /** A write: the domains whose records it changes. */
  changes?: readonly Domain[];
}

export function operation<R>() {
  return <I extends z.ZodType>(input: I, effects: Effects = {}): OperationSpec<I, R> => ({ input, ...effects });
}

/** The domain an operation belongs to: the first part of its name (`awards.packets.one` → `awards`). */
export function domainOf(name: string): string {
  const dot = name.indexOf('.');
  return dot === -1 ? name : name.slice(0, dot);
}

/** The domains a read's answer is built from: those it names, else its own. */
export function readDomainsOf(name: string, spec: Pick<OperationSpec<z.ZodType, unknown>, 'reads'>): readonly string[] {
  return spec.reads ?? [domainOf(name)];
}
