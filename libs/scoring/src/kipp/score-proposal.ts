import { Fraction } from '../decimal/fraction';
import { roundFractionScaled } from '../decimal/round-half-up';
import { ScoringInputError } from '../errors/scoring-input-error';
import type { Explanation } from '../explanation/explanation';
import { decimalText } from '../explanation/format';
import { validateRubric, type Rubric } from './rubric';

export interface ProposalScore {
  rubricId: string;
  /** Σ weight × score / 100, two decimals half up. */
  total: number;
  /** True when total ≥ passing grade; null when the rubric has none. */
  passed: boolean | null;
  criteria: Array<{ code: string; name: string; weight: number; score: number; contribution: number }>;
  exact: string;
  explanation: Explanation;
}

/** The weighted total of a jury's criterion scores (each on the rubric's scale). */
export function scoreProposal(rubric: Rubric, scores: Readonly<Record<string, number>>): ProposalScore {
  const problems = validateRubric(rubric);
  if (problems.length > 0) {
    throw new ScoringInputError('rubric', {
      id: `Rubrik ${rubric.id} tidak sah: ${problems[0]}`,
      en: `Rubric ${rubric.id} is invalid: ${problems[0]}`,
    });
  }
  const known = new Set(rubric.criteria.map((criterion) => criterion.code));
  for (const code of Object.keys(scores ?? {})) {
    if (!known.has(code)) {
      throw new ScoringInputError(`scores.${code}`, {
        id: `Kriteria ${code} tidak ada dalam rubrik.`,
        en: `Criterion ${code} is not in the rubric.`,
      });
    }
  }
  let total = Fraction.ZERO;
  const criteria = rubric.criteria.map((criterion) => {
    const score = scores?.[criterion.code];
    if (typeof score !== 'number' || !Number.isFinite(score) || score < rubric.scale.min || score > rubric.scale.max) {
      throw new ScoringInputError(`scores.${criterion.code}`, {
        id: `Nilai kriteria ${criterion.name} harus ${rubric.scale.min}–${rubric.scale.max}.`,
        en: `The ${criterion.nameEn} score must be ${rubric.scale.min}–${rubric.scale.max}.`,
      });
    }
    const weight = Fraction.parse(criterion.weight);
    const contribution = weight.mul(Fraction.fromNumber(score)).div(Fraction.of(100));
    total = total.add(contribution);
    return { code: criterion.code, name: criterion.name, weight: weight.toNumber(), score, contribution: contribution.toNumber() };
  });
  const rounded = Number(roundFractionScaled(total)) / 100;
  const passed = rubric.passingGrade === null ? null : Fraction.fromNumber(rounded).cmp(Fraction.parse(rubric.passingGrade)) >= 0;
  const shown = decimalText(rounded);
  const verdict =
    passed === null
      ? { id: '', en: '' }
      : passed
        ? { id: `; lulus ambang ${rubric.passingGrade}`, en: `; passes the ${rubric.passingGrade} threshold` }
        : { id: `; belum mencapai ambang ${rubric.passingGrade}`, en: `; below the ${rubric.passingGrade} threshold` };
  return {
    rubricId: rubric.id,
    total: rounded,
    passed,
    criteria,
    exact: total.toString(),
    explanation: {
      formula: 'Total = Σ (bobot kriteria % × nilai kriteria) / 100',
      steps: [
        {
          id: 'total',
          label: { id: 'Nilai total proposal', en: 'Proposal total' },
          formula: 'Σ (bobot kriteria % × nilai kriteria) / 100, dibulatkan setengah ke atas ke dua desimal',
          inputs: criteria.map((criterion) => ({ name: criterion.code, value: criterion.score, weight: criterion.weight })),
          value: rounded,
          exact: total.toString(),
        },
      ],
      text: {
        id: `Nilai total ${shown.id} dari ${criteria.length} kriteria berbobot${verdict.id}.`,
        en: `Total ${shown.en} from ${criteria.length} weighted criteria${verdict.en}.`,
      },
    },
  };
}
