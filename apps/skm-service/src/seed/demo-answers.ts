import { seededRandom } from '@simpul/scoring';
import { PROFILE_VALUES } from '../surveys/respondent-profile';

/** Element offsets from a unit's overall quality: waiting time (U3) and complaints (U9) run weak, staff behaviour (U7) strong. */
const ELEMENT_BIAS = [0.05, 0, -0.45, 0.25, 0.05, 0.1, 0.2, -0.05, -0.4, -0.1, 0, 0];

export interface DemoAnswer {
  answers: number[];
  ageBand: string;
  sex: string;
  education: string;
  occupation: string;
}

function pick<T>(random: () => number, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(random() * items.length)];
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i += 1) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

/** Plausible questionnaires around a quality level (1–4), repeatable for a seed. */
export function demoAnswerGenerator(seed: number, quality: number, elements: number): () => DemoAnswer {
  const random = seededRandom(seed);
  return () => {
    const mood = (random() - 0.5) * 0.8;
    const answers = Array.from({ length: elements }, (_, j) => {
      const value = Math.round(quality + mood + (ELEMENT_BIAS[j] ?? 0) + (random() - 0.5) * 1.4);
      return Math.min(4, Math.max(1, value));
    });
    return {
      answers,
      ageBand: pick(random, PROFILE_VALUES.AGE_BAND, [6, 26, 28, 20, 13, 7]),
      sex: pick(random, PROFILE_VALUES.SEX, [52, 48]),
      education: pick(random, PROFILE_VALUES.EDUCATION, [8, 14, 40, 12, 22, 4]),
      occupation: pick(random, PROFILE_VALUES.OCCUPATION, [15, 35, 25, 10, 15]),
    };
  };
}
