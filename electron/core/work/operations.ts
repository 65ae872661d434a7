import type { HandlerMap } from '../handlers';
import type { workContract } from './contract';
import type { WorkBoard } from './progress';

export function createWorkHandlers(board: WorkBoard): HandlerMap<keyof typeof workContract> {
  return {
    'work.progress': {
      access: 'session',
      run: async (_context, { progressKey }) => ({ progress: board.get(progressKey) }),
    },
    'work.cancel': {
      access: 'session',
      run: async (_context, { progressKey }) => ({ cancelled: board.cancel(progressKey) }),
    },
  };
}
