import { getInstrument } from '@simpul/scoring';
import { stableId } from '@simpul/service-kit';
import { KHUSUS_SCORED } from '../seed/demo-data';
import { CALLERS, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';

// What separates each indicator from its next level, through GraphQL on PostgreSQL: the seeded 2026
// Khusus lokus of SAMSAT Kalimantan Tengah has its first twelve indicators scored 3 and no F-03.

const GAP = `query($unitId: ID!) { gapAnalysis(serviceUnitId: $unitId) {
  source indicators { indicatorCode indicatorText level nextLevel gain nextDescriptor }
} }`;
interface GapIndicator {
  indicatorCode: string;
  indicatorText: string;
  level: number | null;
  nextLevel: number | null;
  gain: number;
  nextDescriptor: string | null;
}

const instrument = getInstrument('pekppp-2024-a');
const indicators = instrument.aspects.flatMap((aspect) => aspect.indicators.map((indicator) => ({ ...indicator, aspect })));
/** A weight as the instrument writes it ("17", "100/6"), as a number. */
const weight = (text: string) =>
  text
    .split('/')
    .map(Number)
    .reduce((a, b) => a / b);

describe("a unit's gap analysis, indicator by indicator", () => {
  let evaluation: EvaluationHarness;
  let rows: GapIndicator[];

  beforeAll(async () => {
    evaluation = await startEvaluation();
    const found = ok(
      await evaluation.graphql<{ gapAnalysis: { source: string; indicators: GapIndicator[] } }>(
        GAP,
        { unitId: stableId('unit', 'samsat-62') },
        { caller: CALLERS.admin },
      ),
    ).gapAnalysis;
    expect(found.source).toBe('SCORES');
    rows = found.indicators;
  });
  afterAll(() => evaluation?.close());

  it('lists every indicator of the instrument once, in its order, with its text', () => {
    expect(rows.map((row) => row.indicatorCode)).toEqual(indicators.map((indicator) => indicator.code));
    expect(rows[0].indicatorText).toBe(indicators[0].text);
  });

  it('a scored indicator goes from its level to the next, with the next level’s descriptor', () => {
    const scored = rows.slice(0, KHUSUS_SCORED);
    expect(scored.every((row) => row.level === 3 && row.nextLevel === 4)).toBe(true);
    scored.forEach((row, i) => expect(row.nextDescriptor).toBe(indicators[i].levels[4] || null));
  });

  it('an indicator without a level counts as 0 and its next level is 1', () => {
    const unscored = rows.slice(KHUSUS_SCORED);
    expect(unscored.length).toBe(indicators.length - KHUSUS_SCORED);
    expect(unscored.every((row) => row.level === null && row.nextLevel === 1)).toBe(true);
  });

  it('without F-03, one level adds aspect weight × indicator weight to the IPP (unrounded)', () => {
    rows.forEach((row, i) => {
      const { aspect, weight: indicatorWeight } = indicators[i];
      expect(row.gain).toBeCloseTo((weight(aspect.weight) / 100) * (weight(indicatorWeight) / 100), 10);
    });
  });
});
