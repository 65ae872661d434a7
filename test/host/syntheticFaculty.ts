import type { FacultyFieldsInput } from '../../electron/core/faculty/contract';
import type { Rank } from '../../electron/common/ranks';

/**
 * Invented faculty for scale tests and demos: deterministic (the same list
 * every time), with accented names, a spread of departments and ranks, and
 * unique emails. No real person is described.
 */
// prettier-ignore
const firstNames = [
  'Aisha', 'Bartholomew', 'Chloé', 'Dmitri', 'Efua', 'François', 'Grace', 'Hiroshi', 'Ingrid', 'José',
  'Kwame', 'Léa', 'Mateo', 'Nguyễn', 'Oluwaseun', 'Priya', 'Quentin', 'Rosalía', 'Søren', 'Tomás',
  'Ulrike', 'Valentina', 'Wei', 'Ximena', 'Yusuf', 'Zoë',
];
// prettier-ignore
const lastNames = [
  'Abernathy', 'Bergström', 'Castañeda', 'Dubois', 'Eze', 'Fitzgerald', 'García', 'Haddad', 'Iyer', 'Jovanović',
  'Kowalski', 'Lindqvist', 'Müller', 'Nakamura', 'Okafor', 'Papadopoulos', 'Quiñones', 'Rahman', 'Schäfer', 'Tanaka',
  'Úlfarsson', 'Varga', 'Whitfield', 'Xu', 'Yilmaz', 'Żeleński',
];
// prettier-ignore
export const syntheticDepartments = [
  'Anesthesiology', 'Cardiology', 'Dermatology', 'Emergency Medicine', 'Family Medicine', 'Medicine', 'Neurology',
  'Obstetrics & Gynecology', 'Ophthalmology', 'Orthopaedics', 'Pathology', 'Pediatrics', 'Psychiatry', 'Radiology',
  'Surgery', 'Urology',
];
const ranksBySeniority: Rank[] = [
  'Instructor',
  'Assistant Professor',
  'Assistant Professor',
  'Associate Professor',
  'Professor',
];

/** Sorts after every generated name (all first names come before "Zuzana"), in any collation. */
export const lastPersonByName = 'Zuzana Zyskowska';

export function syntheticFaculty(count: number): FacultyFieldsInput[] {
  const people: FacultyFieldsInput[] = [];
  for (let i = 0; i < count; i++) {
    const first = firstNames[i % firstNames.length]!;
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length]!;
    const name = i === count - 1 ? lastPersonByName : `${first} ${last}`;
    const year = 1985 + (i % 38);
    people.push({
      name,
      email: `faculty${String(i + 1).padStart(5, '0')}@example.edu`,
      employeeId: `E${String(100000 + i)}`,
      department: syntheticDepartments[i % syntheticDepartments.length]!,
      rank: ranksBySeniority[i % ranksBySeniority.length]!,
      appointmentStart: `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      interests: i % 3 === 0 ? ['Health equity'] : [],
    });
  }
  return people;
}
