import { runCli } from './program';
import { processIo } from './io';

// `trellis … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Set the code rather than calling process.exit(), so buffered output is flushed first.
process.exitCode = await runCli(process.argv.slice(2), processIo());
