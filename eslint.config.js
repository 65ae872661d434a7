import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerZones } from './scripts/layers.mjs';

/** Only the main-process shell and the preload may touch Electron: everything
 * else must run in plain Node (tests, the CLI, the browser test host). */
const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }],
      patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron.' }],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'out-cli/**',
      'out-cli.building-*/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      '.native-electron/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      // Parse TypeScript files when following imports (no-cycle reads the files a file imports).
      ...importX.flatConfigs.typescript.settings,
      // Resolves TypeScript paths and the renderer's @common / @contract aliases, so layer rules see real files.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.node.json', 'tsconfig.web.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...noElectron,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The layers (see ARCHITECTURE.md): which folder may import which.
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // A cycle between files makes load order matter and hides a missing layer.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Files with one job stay readable; split a file before it grows past this.
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
