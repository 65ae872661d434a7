import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * The renderer reaches the core only through its contracts and the pure bottom
 * layer: `@contract/faculty` is electron/core/faculty/contract.ts, `@common/x`
 * is electron/common/x. No alias opens the rest of the core.
 */
const rendererAliases = [
  { find: /^@common\/(.+)$/, replacement: resolve(__dirname, 'electron/common/$1') },
  { find: /^@contract$/, replacement: resolve(__dirname, 'electron/core/contract') },
  { find: /^@contract\/(.+)$/, replacement: resolve(__dirname, 'electron/core/$1/contract') },
];

export default defineConfig({
  main: {
    build: {
      // better-sqlite3-multiple-ciphers (native) and the other runtime
      // dependencies stay external and ship in node_modules (asar-unpacked).
      externalizeDeps: true,
      rolldownOptions: {
        // The spreadsheet reader's worker sits beside index.js, where the core looks for it.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          sheetWorker: resolve(__dirname, 'electron/core/spreadsheets/xlsx/sheetWorker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with nothing external but electron.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset URLs: the app serves the renderer from app://trellis/, the test host from a token path.
    base: './',
    resolve: { alias: rendererAliases },
    plugins: [react()],
    build: {
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
