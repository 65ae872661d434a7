import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { PromptCancelled } from './failures';
import type { CliIo } from './io';

/**
 * Asks a question on the terminal and reads one line without echoing it.
 *
 * readline in terminal mode puts the input into raw mode, so the terminal
 * itself does not echo; readline's own echo goes through `output`, which is
 * muted once the question is shown. The question goes to stderr so stdout
 * stays clean for `--json` output piped to another program.
 */
export function askHidden(question: string, io: Pick<CliIo, 'stdin' | 'stderr'>): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding: BufferEncoding, done: () => void) {
      if (!muted) io.stderr.write(chunk);
      done();
    },
  });
  const prompt = createInterface({ input: io.stdin, output, terminal: true, historySize: 0 });

  return new Promise<string>((resolve, reject) => {
    let answered = false;
    prompt.on('SIGINT', () => prompt.close()); // Ctrl-C in raw mode arrives here, not as a signal
    prompt.on('close', () => {
      // The Enter key's newline was muted along with the answer.
      io.stderr.write('\n');
      if (!answered) reject(new PromptCancelled());
    });
    prompt.question(question, (answer) => {
      answered = true;
      resolve(answer);
      prompt.close();
    });
    muted = true;
  });
}
