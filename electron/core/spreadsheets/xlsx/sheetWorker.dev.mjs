// Runs the worker entry from the TypeScript source (tests and the command line run
// from a checkout); the built app starts the compiled sheetWorker.js instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./sheetWorker.ts', import.meta.url);
