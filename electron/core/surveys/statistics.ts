import type { Distribution, QuestionType } from './contract';

type StoredAnswer = string | number | string[] | [number, string];

export interface Summary {
  answered: number;
  distribution: Distribution[] | null;
  mean: number | null;
  median: number | null;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * One question's answers summarised: counts and percentages per choice (in
 * the question's order, then any other answers given), and for rating scales
 * and numbers the mean and median (a scale's ordinal: 1 = its first label).
 */
export function summarise(type: QuestionType, options: readonly string[], answers: readonly StoredAnswer[]): Summary {
  const answered = answers.length;
  if (type === 'text' || type === 'date') return { answered, distribution: null, mean: null, median: null };
  const counts = new Map<string, number>(options.map((o) => [o, 0]));
  const numbers: number[] = [];
  for (const answer of answers) {
    if (type === 'likert' && Array.isArray(answer) && typeof answer[0] === 'number') {
      numbers.push(answer[0]);
      const label = String(answer[1]);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    } else if (type === 'multiple' && Array.isArray(answer)) {
      for (const label of answer as string[]) counts.set(label, (counts.get(label) ?? 0) + 1);
    } else if (type === 'number' && typeof answer === 'number') {
      numbers.push(answer);
    } else if (typeof answer === 'string') {
      counts.set(answer, (counts.get(answer) ?? 0) + 1);
    }
  }
  if (type === 'number') {
    const distinct = new Set(numbers);
    const distribution =
      distinct.size <= 15
        ? [...distinct]
            .sort((a, b) => a - b)
            .map((value) => {
              const count = numbers.filter((n) => n === value).length;
              return { label: String(value), count, percent: round((100 * count) / Math.max(1, answered), 1) };
            })
        : null;
    return {
      answered,
      distribution,
      mean: numbers.length ? round(numbers.reduce((a, b) => a + b, 0) / numbers.length) : null,
      median: median(numbers),
    };
  }
  const distribution = [...counts].map(([label, count]) => ({
    label,
    count,
    percent: round((100 * count) / Math.max(1, answered), 1),
  }));
  if (type === 'likert') {
    return {
      answered,
      distribution,
      mean: numbers.length ? round(numbers.reduce((a, b) => a + b, 0) / numbers.length) : null,
      median: median(numbers),
    };
  }
  return { answered, distribution, mean: null, median: null };
}
