import type { HandlerMap } from '../handlers';
import type { mentoringProfileContract } from './contract';
import { getMentoringProfile } from './queries';

type ProfileOperation = keyof typeof mentoringProfileContract;

export const mentoringProfileHandlers: HandlerMap<ProfileOperation> = {
  'mentoringProfile.get': { access: 'read', run: ({ db }, { facultyId }) => getMentoringProfile(db, facultyId) },
};
