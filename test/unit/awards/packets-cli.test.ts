import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packetFileNames, safeSlug } from '../../../electron/core/awards/packets/fileNames';
import { withProgressLine } from '../../../electron/cli/commands/awards/progressLine';
import type { CliIo } from '../../../electron/cli/io';
import { addCycle, addNomination } from '../../support/awards';
import { createTempCore, type TempCore } from '../../support/tempCore';

function fakeIo(terminal: boolean): { io: CliIo; written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY: terminal });
  let text = '';
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const io: CliIo = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {}, cwd: '/' };
  return { io, written: () => text };
}

describe('packet file names and the command line’s progress line', { timeout: 60_000 }, () => {
  let made: TempCore;
  let cycleId: number;

  beforeAll(async () => {
    made = await createTempCore();
    const { core } = made;
    const person = (name: string, email: string) =>
      core.call('faculty.create', { name, email, rank: 'Professor', department: 'Medicine' });
    const nominator = await person('Ana García-López', 'ana@med.example.edu');
    cycleId = await addCycle(core);
    for (const [i, name] of ['Nguyễn Thị Minh', 'Đặng Văn Long', 'Søren Ó Súilleabháin'].entries()) {
      const nominee = await person(name, `n${i}@med.example.edu`);
      await addNomination(core, { cycleId, nomineeId: nominee.id, nominatorId: nominator.id });
    }
  });
  afterAll(() => made.dispose());

  it('names files from the nominee in plain letters, and tells two people of the same name apart', () => {
    expect(safeSlug('Nguyễn Thị Minh')).toBe('nguyen-thi-minh');
    expect(safeSlug('Đặng Văn Long')).toBe('dang-van-long');
    expect(safeSlug('Søren Ó Súilleabháin')).toBe('soren-o-suilleabhain');
    expect(safeSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(safeSlug('李小龍')).toBe('unnamed');
    expect(
      packetFileNames([
        { nominationId: 4, nominee: 'Ana García' },
        { nominationId: 9, nominee: 'Ana Garcia' },
        { nominationId: 5, nominee: 'Bo Li' },
      ]),
    ).toEqual(['packet-ana-garcia-4.pdf', 'packet-ana-garcia-9.pdf', 'packet-bo-li.pdf']);
  });

  it('shows "Building packets: N of M" on a terminal while the batch runs, then clears the line', async () => {
    const { io, written } = fakeIo(true);
    const result = await withProgressLine(
      io,
      made.core,
      (progressKey) => made.core.call('awards.packets.generate', { cycleId, output: 'perNominee', progressKey }),
      5,
    );
    expect(result.cancelled).toBe(false);
    expect(written()).toMatch(/\rBuilding packets: [0-3] of 3/);
    expect(written().endsWith('\r\x1b[K')).toBe(true);
  });

  it('stays quiet when stderr is not a terminal (scripts, logs)', async () => {
    const { io, written } = fakeIo(false);
    await withProgressLine(io, made.core, (progressKey) =>
      made.core.call('awards.packets.generate', { cycleId, output: 'combined', progressKey }),
    );
    expect(written()).toBe('');
  });
});
