/**
 * The core's public entry: what the desktop shell, the command line and the
 * test host may use. Everything else in electron/core is the core's own
 * business; lint refuses an import of an inner file from outside. The
 * operations' input and result types come from the contracts
 * (`electron/core/<domain>/contract.ts`), which are public too.
 */
export { createCore, type Core, type CoreOptions } from './core';
export { appFolderName, databaseFileName, databasePathIn, defaultUserDataDir } from './paths';
export { keySlotPath } from '../../db/keySlots';
export { moveFileIntoPlaceSync, writeFileAtomicSync, writeTemporaryBesideSync } from '../../db/atomicFile';
