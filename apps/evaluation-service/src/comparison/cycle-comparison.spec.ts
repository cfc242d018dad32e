import { cycleId, lokusId, unitId } from '../seed/demo-data';
import { CALLERS, errorCode, ok, startEvaluation, type EvaluationHarness } from '../test-support/evaluation-test-app';
import { scoreBehindFigures } from '../test-support/scored-past-cycle';

const COMPARE = `query($first: ID!, $second: ID!, $unit: ID) {
  cycleComparison(firstCycleId: $first, secondCycleId: $second, serviceUnitId: $unit) {
    first { cycle { name } instrumentId ipp scoredResults publishedFigures }
    second { cycle { name } instrumentId ipp scoredResults publishedFigures }
    aspects { code first { name weight indicators score } second { name weight indicators score } differences { kind cycle indicatorCodes } }
    blendDiffers surveyItemsAdded surveyItemsRemoved
  }
}`;

interface Side {
  name: string;
  weight: number;
  indicators: number;
  score: number | null;
}
interface Comparison {
  first: { cycle: { name: string }; instrumentId: string | null; ipp: number | null; scoredResults: number; publishedFigures: number };
  second: Comparison['first'];
  aspects: {
    code: string;
    first: Side | null;
    second: Side | null;
    differences: { kind: string; cycle: number | null; indicatorCodes: string[] }[];
  }[];
  blendDiffers: boolean;
}

// 2019 and 2020 hold Kalimantan Tengah's published figures only, with no instrument recorded; 2022 is
// given scores behind its figures here (as a cycle run in Simpul would have) on pekppp-2022-a; 2026
// is being run on pekppp-2024-a.
describe('two cycles side by side, aspect by aspect', () => {
  let evaluation: EvaluationHarness;
  const compare = (first: string, second: string, caller: (typeof CALLERS)[keyof typeof CALLERS] | null, unit?: string) =>
    evaluation.graphql<{ cycleComparison: Comparison }>(COMPARE, { first, second, unit }, { caller });
  beforeAll(async () => {
    evaluation = await startEvaluation();
    await scoreBehindFigures(evaluation, cycleId('pekppp-2022'), 'pekppp-2022-a');
  }, 120_000);
  afterAll(() => evaluation?.close());

  it('cycles on different instruments: every aspect beside its counterpart, with a note where a score is not built the same way', async () => {
    const { cycleComparison: c } = ok(await compare(cycleId('pekppp-2022'), cycleId('pekppp-2026'), CALLERS.admin));
    expect(c.first).toMatchObject({ instrumentId: 'pekppp-2022-a', scoredResults: 34, publishedFigures: 0 });
    expect(c.second).toMatchObject({ instrumentId: 'pekppp-2024-a', ipp: null, scoredResults: 0 });
    expect(c.aspects.map((aspect) => aspect.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // Same aspects and weights; 2022-A's indicator texts and ladders are provisional everywhere, both files' b–f weights.
    expect(c.aspects[0]).toMatchObject({
      first: { name: 'Kebijakan Pelayanan', weight: 24, indicators: 9 },
      second: { weight: 24, indicators: 9, score: null },
      differences: [{ kind: 'PROVISIONAL', cycle: 1, indicatorCodes: [] }],
    });
    for (const aspect of c.aspects.slice(1)) {
      expect(aspect.differences.map((note) => `${note.kind}:${note.cycle}`)).toEqual(['PROVISIONAL:1', 'PROVISIONAL:2']);
    }
    // The 2022 means: each aspect's mean over 34 results, weighted back to about the mean IPP.
    const weighted = c.aspects.reduce((sum, aspect) => sum + (aspect.first?.weight ?? 0) * (aspect.first?.score ?? 0), 0) / 100;
    expect(Math.abs(weighted - (c.first.ipp ?? 0))).toBeLessThan(0.02);
    expect(c.blendDiffers).toBe(false);
  });

  it("for one unit, its own aspect scores and IPP in each cycle (Samsat Kalimantan Selatan's 4,02 in 2022)", async () => {
    const { cycleComparison: c } = ok(await compare(cycleId('pekppp-2022'), cycleId('pekppp-2026'), CALLERS.admin, unitId('samsat-63')));
    expect(c.first).toMatchObject({ ipp: 4.02, scoredResults: 1 });
    const weighted = c.aspects.reduce((sum, aspect) => sum + (aspect.first?.weight ?? 0) * (aspect.first?.score ?? 0), 0) / 100;
    expect(Math.abs(weighted - 4.02)).toBeLessThan(0.02);
  });

  it('cycles of published figures only: the figures side by side, no aspects, and no instrument claimed', async () => {
    const { cycleComparison: c } = ok(await compare(cycleId('pekppp-2019'), cycleId('pekppp-2020'), null));
    expect(c.first).toEqual({ cycle: { name: 'PEKPPP 2019' }, instrumentId: null, ipp: 2.91, scoredResults: 0, publishedFigures: 2 });
    expect(c.second).toMatchObject({ instrumentId: null, ipp: 2.62, publishedFigures: 2 });
    expect(c.aspects).toEqual([]);
  });

  it('a published-figures cycle beside a scored one lists the scored one’s aspects only, nothing set against them', async () => {
    const { cycleComparison: c } = ok(await compare(cycleId('pekppp-2020'), cycleId('pekppp-2022'), null));
    expect(c.aspects).toHaveLength(6);
    expect(c.aspects.every((aspect) => aspect.first === null && aspect.second !== null && aspect.differences.length === 0)).toBe(true);
  });

  it('refuses the same cycle twice, and an unpublished cycle to anyone but the national admin', async () => {
    const same = await compare(cycleId('pekppp-2022'), cycleId('pekppp-2022'), null);
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'secondCycleId' } });
    expect(errorCode(await compare(cycleId('pekppp-2022'), cycleId('pekppp-2026'), null))).toBe('NOT_FOUND');
    expect(errorCode(await compare(cycleId('pekppp-2022'), cycleId('pekppp-2026'), CALLERS.deskSamsatKalsel))).toBe('FORBIDDEN');
  });
});

describe('a published figure alone is not reworked', () => {
  let evaluation: EvaluationHarness;
  beforeAll(async () => {
    evaluation = await startEvaluation();
  }, 120_000);
  afterAll(() => evaluation?.close());

  it('a correction is refused: there is no score behind it to correct', async () => {
    const result = await evaluation.graphql(
      `mutation($input: CorrectResultInput!) { correctResult(input: $input) { id } }`,
      { input: { lokusId: lokusId('pekppp-2020', 'samsat-62'), reason: 'Salah ketik.', scores: [{ indicatorCode: '1.a.Ak', level: 5 }] } },
      { caller: CALLERS.admin },
    );
    expect(result.errors?.[0]).toMatchObject({
      extensions: {
        code: 'CONFLICT',
        field: 'input.lokusId',
        messages: { id: expect.stringContaining('tanpa nilai'), en: expect.any(String) },
      },
    });
  });

  it('its rapor has no next steps: no levels were published to take them from', async () => {
    const found = ok(
      await evaluation.graphql<{ reportCard: { aspects: unknown[]; gap: unknown; result: { index: number; source: string } } }>(
        `query($id: ID!) { reportCard(lokusId: $id) { aspects { code } gap { lokusId } result { index source } } }`,
        { id: lokusId('pekppp-2022', 'samsat-63') },
      ),
    );
    expect(found.reportCard).toMatchObject({ aspects: [], gap: null, result: { index: 4.02, source: expect.stringContaining('1035') } });
  });

  it('its lokus records no instrument where the form of its year is not transcribed, and its result no working', async () => {
    const found = ok(
      await evaluation.graphql<{
        lokusById: { instrumentId: string | null; result: { basis: string; evaluatorIndex: number | null; explanation: unknown } };
      }>(`query($id: ID!) { lokusById(id: $id) { instrumentId result { basis evaluatorIndex explanation { formula } } } }`, {
        id: lokusId('pekppp-2019', 'dpmptsp-62'),
      }),
    );
    expect(found.lokusById).toEqual({
      instrumentId: null,
      result: { basis: 'PUBLISHED_AGGREGATE', evaluatorIndex: null, explanation: null },
    });
  });
});
