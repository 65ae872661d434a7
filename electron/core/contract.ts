import type { z } from 'zod';
import { attentionContract } from './attention/contract';
import { auditContract } from './audit/contract';
import { packetsContract } from './awards/packets/contract';
import { awardsContract } from './awards/contract';
import { backupsContract } from './backups/contract';
import { autoLockContract } from './autoLock/contract';
import { changeRequestContract } from './changeRequests/contract';
import { demoContract } from './demo/contract';
import { documentsContract } from './documents/contract';
import { exportsContract } from './exports/contract';
import { facultyContract } from './faculty/contract';
import { matchingContract } from './matching/contract';
import { matrixContract } from './matrix/contract';
import { meetingContract } from './meetings/contract';
import { personMentoringContract } from './personMentoring/contract';
import { mentorshipContract } from './mentorships/contract';
import { peerGroupContract } from './peerGroups/contract';
import { programContract } from './programs/contract';
import { importsContract } from './imports/contract';
import { signupImportsContract } from './imports/signup/contract';
import { surveysContract } from './surveys/contract';
import { vaultContract } from './vault/contract';
import { workshopsContract } from './workshops/contract';
import { workContract } from './work/contract';

/**
 * The whole contract between the UI (or any client: CLI, test host) and the
 * core, one entry per operation, named `domain.verb`. Pure: the renderer
 * imports it for types and form schemas.
 */
export const contract = {
  ...vaultContract,
  ...autoLockContract,
  ...facultyContract,
  ...programContract,
  ...mentorshipContract,
  ...meetingContract,
  ...changeRequestContract,
  ...peerGroupContract,
  ...personMentoringContract,
  ...attentionContract,
  ...demoContract,
  ...matrixContract,
  ...importsContract,
  ...signupImportsContract,
  ...surveysContract,
  ...packetsContract,
  ...awardsContract,
  ...documentsContract,
  ...matchingContract,
  ...workshopsContract,
  ...backupsContract,
  ...exportsContract,
  ...workContract,
  ...auditContract,
};

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (before zod fills defaults). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives (after zod parsing). */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationResult<K extends OperationName> = NonNullable<Contract[K]['result']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
