/**
 * The layers of Trellis, as ESLint zones (import-x/no-restricted-paths): each
 * zone names the files it applies to (`target`) and what they may not import
 * (`from`). ARCHITECTURE.md draws the same picture; change both together.
 *
 *   renderer ──▶ contracts (electron/core/<domain>/contract.ts) ──▶ common
 *   main, cli, test host ──▶ core's public entry (electron/core/index.ts), contracts ──▶ core ──▶ db ──▶ common
 *
 * `electron/common` is the bottom layer: pure modules (errors, the contract
 * kit, bridge types, shared value types) that everything may use and that
 * import nothing of ours.
 */

/** Every file of the core except its public entry and the contracts. */
const coreInnerFiles = ['electron/core/**/!(contract|index).ts', 'electron/core/*/**/index.ts'];

export const layerZones = [
  {
    target: './electron/common',
    from: [
      './electron/core',
      './electron/main',
      './electron/cli',
      './electron/preload',
      './db',
      './renderer',
      './test',
    ],
    message: 'electron/common is the bottom layer: it imports nothing of Trellis but itself.',
  },
  {
    target: './db',
    from: ['./electron/core', './electron/main', './electron/cli', './electron/preload', './renderer', './test'],
    message: 'db/ may import only the bottom layer (electron/common).',
  },
  {
    target: './electron/core',
    from: ['./electron/main', './electron/cli', './electron/preload', './renderer', './test'],
    message:
      'The core runs in plain Node under every client: it never imports the shell, the CLI, the renderer or tests.',
  },
  {
    target: './renderer',
    from: ['./db', './electron/main', './electron/cli', './electron/preload', './test'],
    message:
      'The renderer talks to the core only through window.trellis; it imports the contracts and electron/common.',
  },
  {
    target: './renderer',
    from: coreInnerFiles,
    message:
      'The renderer may import only the contracts (@contract/<domain>) and the bottom layer (@common/…), nothing else of the core.',
  },
  {
    target: ['./electron/main', './electron/cli', './electron/preload', './test/host'],
    from: coreInnerFiles,
    message: "Use the core's public entry (electron/core/index.ts) or a contract, not the core's inner files.",
  },
  {
    target: ['./electron/main', './electron/preload'],
    from: ['./electron/cli', './renderer', './db'],
    message: 'The desktop shell reaches the records only through the core.',
  },
  {
    target: './electron/cli',
    from: ['./electron/main', './electron/preload', './renderer', './db'],
    message: 'The command line reaches the records only through the core.',
  },
];

/** Folders whose direct subfolders are domains, which must not depend on each other in a cycle. */
export const domainRoots = ['electron/core'];
