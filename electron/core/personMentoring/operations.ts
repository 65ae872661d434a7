import type { HandlerMap } from '../handlers';
import type { personMentoringContract } from './contract';
import { getPersonMentoring } from './queries';

type ProfileOperation = keyof typeof personMentoringContract;

export const personMentoringHandlers: HandlerMap<ProfileOperation> = {
  'personMentoring.get': { access: 'read', run: ({ db }, { facultyId }) => getPersonMentoring(db, facultyId) },
};
