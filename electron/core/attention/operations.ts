import type { HandlerMap } from '../handlers';
import { isoDate } from '../../common/isoDates';
import type { attentionContract } from './contract';
import { attentionReport } from './report';

type AttentionOperation = keyof typeof attentionContract;

export const attentionHandlers: HandlerMap<AttentionOperation> = {
  'attention.list': {
    access: 'read',
    run: ({ db, now }, { kinds }) => attentionReport(db, isoDate(now()), kinds),
  },
};
