import type { MentorRef, MenteeSummary, ScoredMentor } from './contract';
import type { MatchPerson, MenteeFacts } from './model';
import type { PairScore } from './score';
import { criterionLabels, toScore } from './settings';

/** The pure facts as the contract shows them (never identity answers: they stay inside the score). */

export function mentorRef(person: MatchPerson): MentorRef {
  return {
    id: person.id,
    name: person.name,
    rank: person.rank,
    department: person.department,
    careerStage: person.careerStage,
    interests: [...person.interests.values()],
    mentees: person.mentees,
    capacity: person.capacity,
  };
}

export function menteeSummary(mentee: MenteeFacts): MenteeSummary {
  const { person } = mentee;
  return {
    id: person.id,
    name: person.name,
    rank: person.rank,
    department: person.department,
    careerStage: person.careerStage,
    interests: [...person.interests.values()],
    hasInsideDepartmentMentor: mentee.hasInsideDepartmentMentor,
  };
}

export function scoredMentor(mentor: MatchPerson, score: PairScore, reasons: string[]): ScoredMentor {
  return {
    mentor: mentorRef(mentor),
    score: toScore(score.points),
    parts: score.parts.map((part) => ({
      criterion: part.criterion,
      label: criterionLabels[part.criterion],
      weight: part.weight,
      value: part.value,
      contribution: toScore(part.points),
    })),
    reasons,
  };
}
