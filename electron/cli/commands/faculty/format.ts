import type { Faculty } from '../../../core/faculty/contract';
import { careerStageLabels } from '../../../common/ranks';
import { formatFields, formatTable } from '../../output';

export function facultyTable(people: Faculty[], showStatus: boolean): string[] {
  const headers = ['Name', 'Email', 'Department', 'Rank', 'Career stage', ...(showStatus ? ['Status'] : [])];
  const rows = people.map((person) => [
    person.name,
    person.email,
    person.department,
    person.rank,
    careerStageLabels[person.careerStage],
    ...(showStatus ? [person.active ? 'active' : 'inactive'] : []),
  ]);
  return formatTable(headers, rows);
}

export function facultyDetails(person: Faculty): string[] {
  const stage = `${careerStageLabels[person.careerStage]}${person.careerStageSet ? '' : ' (from rank and years)'}`;
  return formatFields([
    ['Id', String(person.id)],
    ['Name', person.name],
    ['Email', person.email],
    ['Employee id', person.employeeId],
    ['Department', person.department],
    ['Division', person.division],
    ['Rank', person.rank],
    ['Track', person.track],
    ['Appointment start', person.appointmentStart],
    ['Career stage', stage],
    ['Interests', person.interests.join(', ')],
    ['First-time leader', person.firstTimeLeader ? 'yes' : 'no'],
    ['Status', person.active ? 'active' : 'inactive'],
  ]);
}

export function peopleCount(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
