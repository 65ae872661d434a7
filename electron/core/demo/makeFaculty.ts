import type { FacultyFields } from '../faculty/contract';
import { toColumns } from '../faculty/rows';
import { addDays } from '../../common/isoDates';
import { seniorityOf, type DemoContext, type DemoPerson, type DemoRows } from './dataset';
import { emailLocalPart, nameCultures } from './names';
import type { SeededRandom } from './random';
import { departments, interests, rankShares, tracks, yearsInPost } from './school';

/** The roster: names from many cultures, departments by size, ranks in realistic shares. */
export function makeFaculty(count: number, rng: SeededRandom, context: DemoContext, rows: DemoRows): DemoPerson[] {
  const people: DemoPerson[] = [];
  const usedNames = new Set<string>();
  const usedEmails = new Map<string, number>();
  const todayDate = new Date(`${context.today}T00:00:00Z`);
  for (let id = 1; id <= count; id++) {
    const { given, family } = pickName(rng, usedNames);
    const name = `${given} ${family}`;
    usedNames.add(name);
    const local = emailLocalPart(given, family);
    const seen = usedEmails.get(local) ?? 0;
    usedEmails.set(local, seen + 1);
    const email = `${local}${seen === 0 ? '' : seen + 1}@med.example.edu`;

    const rank = rng.weighted(rankShares);
    const [department, , divisions] = rng.weighted(departments.map((d) => [d, d[1]] as const));
    const [fewest, most] = yearsInPost[rank];
    const appointmentStart = addDays(context.today, -rng.int(fewest * 365 + 20, most * 365 + 330));
    const active = rank === 'Professor Emeritus' ? rng.chance(0.6) : rng.chance(0.975);
    const fields: FacultyFields = {
      name,
      email,
      employeeId: String(10_000_000 + id * 37),
      department,
      division: divisions.length > 0 && rng.chance(0.85) ? rng.pick(divisions) : null,
      rank,
      track: rng.pick(tracks),
      appointmentStart,
      careerStage: null, // derived from rank and years by toColumns
      interests: rng.sample(interests, rng.int(1, 3)),
      firstTimeLeader: seniorityOf(rank) >= 3 && rng.chance(0.06),
    };
    rows.faculty.push({
      id,
      ...toColumns(fields, todayDate),
      active: active ? 1 : 0,
      created_at: context.stamp,
      updated_at: context.stamp,
    });
    people.push({ id, name, rank, seniority: seniorityOf(rank), department, appointmentStart, active });
  }
  return people;
}

/** Mostly within one culture, sometimes across, and unique where we can manage it. */
function pickName(rng: SeededRandom, used: Set<string>): { given: string; family: string } {
  let candidate = { given: '', family: '' };
  for (let attempt = 0; attempt < 8; attempt++) {
    const culture = rng.pick(nameCultures);
    const givenFrom = rng.chance(0.8) ? culture : rng.pick(nameCultures);
    candidate = { given: rng.pick(givenFrom.given), family: rng.pick(culture.family) };
    if (!used.has(`${candidate.given} ${candidate.family}`)) return candidate;
  }
  // Rare: add a middle initial, as rosters do.
  const initial = String.fromCharCode(65 + rng.int(0, 25));
  return { given: `${candidate.given} ${initial}.`, family: candidate.family };
}
