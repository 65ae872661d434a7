import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { domainOf, domains, readDomainsOf } from '../../../electron/common/contractKit';
import { contract, operationNames, type OperationName } from '../../../electron/core/contract';
import type { Handler } from '../../../electron/core/handlers';
import { createCoreMemory, createHandlers, loadHandler } from '../../../electron/core/registry';

/**
 * Every operation says what it does to records (electron/common/contractKit.ts):
 * a read names the domains its answer is built from, a write the domains it
 * changes. The renderer refreshes exactly the reads a write makes out of date,
 * so a missing or wrong name shows stale records on screen; these checks walk
 * the whole contract against the core's own handler table.
 */

/** Each operation's access, from its handler (the registry loads handlers on first use: all are loaded here). */
const access = new Map<OperationName, Handler<OperationName>['access']>();
beforeAll(async () => {
  const handlers = createHandlers(createCoreMemory());
  for (const name of operationNames) access.set(name, (await loadHandler(handlers, name)).access);
});
const accessOf = (name: OperationName) => access.get(name);
const namesWith = (access: 'read' | 'write' | 'session') => operationNames.filter((name) => accessOf(name) === access);
const readsOf = (name: OperationName) => readDomainsOf(name, contract[name]);
const changesOf = (name: OperationName): readonly string[] => contract[name].changes ?? [];

/** Would a successful `write` make the answer of `read` out of date? The rule the renderer applies. */
const outdates = (write: OperationName, read: OperationName) =>
  changesOf(write).some((domain) => readsOf(read).includes(domain));

describe('what operations declare about records', () => {
  it('names as domains exactly the folders of the core that have a contract, which prefix every operation', () => {
    const coreDir = resolve('electron/core');
    const folders = readdirSync(coreDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(coreDir, entry.name, 'contract.ts')))
      .map((entry) => entry.name);
    expect([...domains].sort()).toEqual(folders.sort());
    expect([...new Set(operationNames.map(domainOf))].sort()).toEqual([...domains].sort());
  });

  it('has every write name the domains it changes, and nothing it reads', () => {
    const writes = namesWith('write');
    expect(writes.length).toBeGreaterThan(40);
    expect(writes.filter((name) => changesOf(name).length === 0)).toEqual([]);
    expect(writes.filter((name) => contract[name].reads !== undefined)).toEqual([]);
  });

  it('has no read claim to change anything', () => {
    const reads = namesWith('read');
    expect(reads.length).toBeGreaterThan(40);
    expect(reads.filter((name) => contract[name].changes !== undefined)).toEqual([]);
  });

  it('lets a session operation change only the session (the vault domain) and the backups, save a restore, which replaces every record', () => {
    const replaceAll = ['backups.restore', 'backups.undoRestore'] as const;
    const everyDomainRead = new Set(operationNames.flatMap(readsOf));
    for (const name of replaceAll) expect(new Set(changesOf(name))).toEqual(everyDomainRead);
    const sessionChanges = namesWith('session')
      .filter((name) => !(replaceAll as readonly string[]).includes(name))
      .flatMap((name) => changesOf(name));
    expect(new Set(sessionChanges)).toEqual(new Set(['vault', 'backups']));
    expect(changesOf('vault.lock')).toEqual(['vault']);
    expect(changesOf('vault.unlock')).toEqual(['vault']);
  });

  it('uses only real domain names', () => {
    const known = new Set<string>(domains);
    const unknown = operationNames.flatMap((name) =>
      [...readsOf(name), ...changesOf(name)].filter((domain) => !known.has(domain)).map((d) => `${name}: ${d}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has every domain that a read reads changed by some operation, so no answer is kept for ever', () => {
    const changed = new Set(operationNames.flatMap(changesOf));
    const neverRefreshed = operationNames
      .filter((name) => accessOf(name) !== 'write')
      .flatMap((name) =>
        readsOf(name)
          .filter((domain) => !changed.has(domain))
          .map((d) => `${name}: ${d}`),
      );
    expect(neverRefreshed).toEqual([]);
  });

  it('has every domain that a write changes read by some read, so no change is declared for nothing', () => {
    const read = new Set(operationNames.filter((name) => accessOf(name) !== 'write').flatMap(readsOf));
    const unread = operationNames.flatMap((name) =>
      changesOf(name)
        .filter((domain) => !read.has(domain))
        .map((d) => `${name}: ${d}`),
    );
    expect(unread).toEqual([]);
  });

  it('refreshes the answers built from other domains when those change', () => {
    // The matrix's program picker and the program's counts.
    expect(outdates('programs.create', 'programs.list')).toBe(true);
    expect(outdates('mentorships.create', 'programs.get')).toBe(true);
    // The dashboard and a person's page.
    expect(outdates('meetings.log', 'attention.list')).toBe(true);
    expect(outdates('faculty.update', 'personMentoring.get')).toBe(true);
    expect(outdates('changeRequests.resolve', 'personMentoring.get')).toBe(true);
    // A review that asks for a change opens a change request.
    expect(outdates('mentorships.recordReview', 'changeRequests.list')).toBe(true);
    // An import brings people and survey answers.
    expect(outdates('imports.commit', 'faculty.list')).toBe(true);
    expect(outdates('imports.undo', 'surveys.report')).toBe(true);
    // Documents are built from records and the letterhead.
    expect(outdates('documents.settings.update', 'documents.agreement')).toBe(true);
    expect(outdates('matrix.updateResponsibility', 'documents.agreement')).toBe(true);
    expect(outdates('faculty.update', 'matrix.get')).toBe(true);
    // Locking and unlocking are seen by whoever asks for the session's state.
    expect(outdates('vault.lock', 'vault.status')).toBe(true);
  });

  it('leaves answers alone that a write cannot change', () => {
    expect(outdates('programs.create', 'faculty.list')).toBe(false);
    expect(outdates('matrix.setStatus', 'attention.list')).toBe(false);
    expect(outdates('autoLock.set', 'mentorships.list')).toBe(false);
    expect(outdates('awards.comments.select', 'surveys.list')).toBe(false);
  });
});
