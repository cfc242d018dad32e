import { stableId } from '@simpul/service-kit';
import { deskId, surveyId } from '../seed/demo-keys';
import { CALLERS, ok, startSkm, type SkmHarness } from '../test-support/skm-test-app';

interface DeskIkm {
  surveyId: string;
  value: number;
  respondents: number;
  periodKind: string;
  year: number;
  category: { code: string; label: string };
  sample: { required: number | null; respondents: number; adequate: boolean | null; percent: number | null };
}
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Desk { id latestIkmGap latestIkm {
  surveyId value respondents periodLabel periodKind year number startsOn endsOn category { code label } sample { required respondents adequate percent } } } } }`;
const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { ikm { value respondents category { code } } sample { required adequate } } }`;
const desks = (numbers: number[]) => numbers.map((number) => ({ __typename: 'Desk', id: deskId(number) }));
type Entity = { id: string; latestIkmGap: string | null; latestIkm: DeskIkm | null };

describe('Desk.latestIkm for the MPP operator dashboard (seeded demo, 20 May 2026)', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it("rule: the headline is last year's completed, adequately sampled survey, the same figures as its result — not this year's running one", async () => {
    const latest = ok(await skm.graphql<{ _entities: Entity[] }>(ENTITIES, { r: desks([1]) }))._entities[0].latestIkm!;
    expect(latest.surveyId).toBe(surveyId('desk-1:Y-2025'));
    const result = ok(
      await skm.graphql<{
        skmResult: {
          ikm: { value: number; respondents: number; category: { code: string } };
          sample: { required: number; adequate: boolean };
        };
      }>(RESULT, { id: latest.surveyId }, { caller: CALLERS.operator }),
    ).skmResult;
    expect(latest).toMatchObject({
      value: result.ikm.value,
      respondents: result.ikm.respondents,
      category: { code: result.ikm.category.code },
      periodKind: 'YEAR',
      year: 2025,
    });
    expect(latest.sample).toMatchObject({ required: result.sample.required, adequate: true });
  });

  it('rule: a desk far short of its Krejcie–Morgan sample has no headline, and says so (SAMPLE_TOO_SMALL)', async () => {
    const desk8 = ok(await skm.graphql<{ _entities: Entity[] }>(ENTITIES, { r: desks([8]) }))._entities[0];
    expect(desk8).toMatchObject({ latestIkm: null, latestIkmGap: 'SAMPLE_TOO_SMALL' });
  });

  it('batches every desk of the dashboard into one SQL statement, whatever the number of desks', async () => {
    skm.queries.reset();
    ok(await skm.graphql(ENTITIES, { r: desks([1]) }));
    const one = skm.queries.count;
    skm.queries.reset();
    const six = ok(await skm.graphql<{ _entities: Entity[] }>(ENTITIES, { r: desks([1, 2, 3, 4, 7, 8]) }));
    expect(skm.queries.count).toBe(one);
    expect(one).toBe(1);
    expect(six._entities.filter((entity) => entity.latestIkm !== null)).toHaveLength(5);
  });

  it('is readable by the public (an aggregate units publish); a desk without answers says NO_ANSWERS', async () => {
    const unknown = stableId('desk', 'mpp-kota-banjarmasin:99');
    const data = ok(
      await skm.graphql<{ _entities: Entity[] }>(ENTITIES, {
        r: [...desks([7]), { __typename: 'Desk', id: unknown }, { __typename: 'Desk', id: 'not-a-uuid' }],
      }),
    );
    expect(data._entities[0].latestIkm?.respondents).toBeGreaterThan(0);
    expect(data._entities[1]).toMatchObject({ latestIkm: null, latestIkmGap: 'NO_ANSWERS' });
    expect(data._entities[2].latestIkm).toBeNull();
  });

  it("a desk survey's public page shows that desk's own figures, not its unit's quarter", async () => {
    const page = ok(
      await skm.graphql<{
        skmPublicResults: {
          deskId: string;
          serviceUnitId: string | null;
          latest: { surveyId: string };
          trend: { edges: { node: { surveyId: string; periodKind: string } }[] };
        };
      }>(
        `query($d: ID!) { skmPublicResults(deskId: $d) { deskId serviceUnitId latest { surveyId } trend { edges { node { surveyId periodKind } } } } }`,
        { d: deskId(3) },
      ),
    ).skmPublicResults;
    expect(page.deskId).toBe(deskId(3));
    expect(page.latest.surveyId).toBe(surveyId('desk-3:Y-2025'));
    expect(page.trend.edges.map((e) => e.node.surveyId)).toEqual([surveyId('desk-3:Y-2025'), surveyId('desk-3:Y-2026')]);
  });
});
