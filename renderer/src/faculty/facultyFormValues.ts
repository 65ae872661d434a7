import type { Faculty, FacultyFieldsInput } from '@contract/faculty';
import type { DefaultValues } from 'react-hook-form';

/** The form's fields, named as the contract names them (so server messages land on the right field). */
export const facultyFormFields = [
  'name',
  'email',
  'employeeId',
  'department',
  'division',
  'rank',
  'track',
  'appointmentStart',
  'careerStage',
  'interests',
  'firstTimeLeader',
] as const satisfies readonly (keyof FacultyFieldsInput)[];

/** Text inputs hold '' rather than null; the shared schema turns '' back into "not given". */
export function emptyFacultyForm(): DefaultValues<FacultyFieldsInput> {
  return {
    name: '',
    email: '',
    employeeId: '',
    department: '',
    division: '',
    track: '',
    appointmentStart: '',
    careerStage: null,
    interests: [],
    firstTimeLeader: false,
  };
}

export function facultyFormValues(person: Faculty): DefaultValues<FacultyFieldsInput> {
  return {
    name: person.name,
    email: person.email,
    employeeId: person.employeeId ?? '',
    department: person.department,
    division: person.division ?? '',
    rank: person.rank,
    track: person.track ?? '',
    appointmentStart: person.appointmentStart ?? '',
    // A derived stage stays derived when edited, so it keeps following rank and years.
    careerStage: person.careerStageSet ? person.careerStage : null,
    interests: person.interests,
    firstTimeLeader: person.firstTimeLeader,
  };
}
