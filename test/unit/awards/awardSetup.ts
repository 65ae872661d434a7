import type { OperationInput } from '../../../electron/core/contract';
import type { Core } from '../../../electron/core/core';
import { addPerson } from '../../support/mentoringCore';

/**
 * Awards tests start from the mentoring tests' core (real encrypted database,
 * "today" 2025-06-15) with an award, a cycle open on that day, and people.
 */
export async function addAwardCycle(core: Core, extra: Partial<OperationInput<'awards.cycles.create'>> = {}) {
  const type = await core.call('awards.types.create', {
    name: `Department Mentoring Award ${Math.random().toString(36).slice(2, 7)}`,
    level: 'department',
    description: 'Recognises sustained, generous mentoring of junior colleagues.',
  });
  const cycle = await core.call('awards.cycles.create', {
    awardTypeId: type.id,
    year: 2025,
    opensOn: '2025-05-01',
    closesOn: '2025-07-31',
    criteria: 'Evidence of mentoring outcomes over at least three years.',
    maxSupportLetters: 2,
    letterPageLimit: 2,
    ...extra,
  });
  return { type, cycle };
}

export async function addNominationPeople(core: Core) {
  return {
    nominee: await addPerson(core, 'Siobhán Ó Súilleabháin', 'Professor', 'Medicine'),
    nominator: await addPerson(core, 'Javier García-López', 'Associate Professor', 'Medicine'),
    other: await addPerson(core, 'Nguyễn Văn An', 'Professor', 'Pediatrics'),
  };
}
