import type { HandlerMap } from '../../handlers';
import { generatePackets, pdfFile } from './batch';
import type { packetsContract } from './contract';
import { safeSlug } from './fileNames';
import { limitWarnings } from './limits';
import { buildPacket, measurePacket } from './packet';
import { yieldToEventLoop, type PacketProgressBoard } from './progress';
import { nominationIdsOfCycle } from './source';

type PacketOperation = keyof typeof packetsContract;

/**
 * Packets are read operations: they print what is stored and change nothing.
 * The packet's creation date is the core's clock, so tests with a fixed
 * "today" get byte-identical files.
 */
export function createPacketHandlers(board: PacketProgressBoard): HandlerMap<PacketOperation> {
  return {
    'awards.packets.one': {
      access: 'read',
      run: async ({ db, actor, now }, { nominationId }) => {
        const packet = await buildPacket(db, nominationId, { author: actor, date: now() });
        return {
          file: pdfFile(`packet-${safeSlug(packet.source.nominee.name)}.pdf`, await packet.document.save()),
          pages: packet.pages,
          warnings: limitWarnings(packet),
        };
      },
    },
    'awards.packets.check': {
      access: 'read',
      run: async ({ db, actor, now }, { cycleId, nominationId }) => {
        const ids = cycleId !== undefined ? await nominationIdsOfCycle(db, cycleId, null) : [nominationId!];
        const warnings = [];
        for (const id of ids) {
          warnings.push(...limitWarnings(await measurePacket(db, id, { author: actor, date: now() })));
          // Checking lays out every packet's text; between them, let the window's other requests through.
          await yieldToEventLoop();
        }
        return warnings;
      },
    },
    'awards.packets.generate': {
      access: 'read',
      run: ({ db, actor, now }, request) => generatePackets(db, board, request, { author: actor, date: now() }),
    },
    'awards.packets.progress': {
      access: 'read',
      run: async (_context, { progressKey }) => ({ progress: board.get(progressKey) }),
    },
    'awards.packets.cancel': {
      access: 'read',
      run: async (_context, { progressKey }) => ({ cancelled: board.cancel(progressKey) }),
    },
  };
}
