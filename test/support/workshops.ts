import type { Core } from '../../electron/core/core';
import type { Rank } from '../../electron/common/ranks';

const departments = ['Medicine', 'Surgery', 'Pediatrics', 'Psychiatry', 'Radiology', 'Neurology'];
const givenNames = ['Ana', 'Bo', 'Chinwe', 'Dmitri', 'Esra', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lars'];
const familyNames = ['García', 'Li', 'Okafor', 'Ivanov', 'Yılmaz', 'Haddad', 'Kim', 'Tanaka', 'Sousa', 'Weiß'];

let created = 0;

/** Invented faculty, spread over six departments in turn (Medicine first), each with a name of their own. */
export async function addFaculty(core: Core, count: number, rank: Rank = 'Assistant Professor') {
  const people = [];
  for (let n = 0; n < count; n++) {
    const i = created++;
    const name = `${givenNames[i % givenNames.length]} ${familyNames[Math.floor(i / givenNames.length) % familyNames.length]} ${i + 1}`;
    people.push(
      await core.call('faculty.create', {
        name,
        email: `faculty${i + 1}@med.example.edu`,
        rank,
        department: departments[n % departments.length]!,
        appointmentStart: '2018-07-01',
      }),
    );
  }
  return people;
}

/** A program, a workshop in it on 2026-03-10, and `count` people added from the directory. */
export async function workshopWithPeople(
  core: Core,
  count: number,
  extra: { roundCount?: number; tableCount?: number } = {},
) {
  const program = await core.call('programs.create', {
    name: 'Faculty Peer Mentoring Program',
    sponsor: 'Office of Academic Affairs',
    targetRanks: ['Assistant Professor'],
  });
  const people = await addFaculty(core, count);
  const workshop = await core.call('workshops.create', {
    programId: program.id,
    heldOn: '2026-03-10',
    startsAt: '14:00',
    place: 'Lakeside Hall, Room 210',
    ...extra,
  });
  if (count === 0) return { program, people, workshop };
  const added = await core.call('workshops.addParticipants', {
    workshopId: workshop.id,
    source: { kind: 'people', facultyIds: people.map((p) => p.id) },
  });
  return { program, people, workshop: added.workshop };
}

export function participantOf(
  workshop: { participants: { id: number; person: { id: number } | null }[] },
  facultyId: number,
) {
  return workshop.participants.find((p) => p.person?.id === facultyId)!;
}
