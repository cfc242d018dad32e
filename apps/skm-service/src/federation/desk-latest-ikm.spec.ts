import { stableId } from '@simpul/service-kit';
import { deskId, surveyId } from '../seed/demo-keys';
import { CALLERS, nine, ok, startSkm, SUBMIT, type SkmHarness } from '../test-support/skm-test-app';

interface DeskIkm {
  surveyId: string;
  value: number;
  respondents: number;
  periodLabel: string;
  category: { code: string; label: string };
  sample: { required: number | null; respondents: number; adequate: boolean | null; percent: number | null };
}
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Desk { id latestIkm {
  surveyId value respondents periodLabel startsOn endsOn category { code label } sample { required respondents adequate percent } } } } }`;
const RESULT = `query($id: ID!) { skmResult(surveyId: $id) { ikm { value respondents category { code } } sample { required adequate } } }`;
const desks = (numbers: number[]) => numbers.map((number) => ({ __typename: 'Desk', id: deskId(number) }));

describe('Desk.latestIkm for the MPP operator dashboard (seeded demo, 20 May 2026)', () => {
  let skm: SkmHarness;
  beforeAll(async () => {
    skm = await startSkm();
  });
  afterAll(() => skm?.close());

  it('is the same IKM, respondents and sample adequacy as the desk survey result', async () => {
    const data = ok(await skm.graphql<{ _entities: { id: string; latestIkm: DeskIkm | null }[] }>(ENTITIES, { r: desks([8]) }));
    const latest = data._entities[0].latestIkm!;
    expect(latest.surveyId).toBe(surveyId('desk-8:Y-2026'));
    const result = ok(await skm.graphql<{ skmResult: { ikm: { value: number; respondents: number; category: { code: string } }; sample: { required: number; adequate: boolean } } }>(
      RESULT, { id: latest.surveyId }, { caller: CALLERS.operator })).skmResult;
    expect(latest).toMatchObject({ value: result.ikm.value, respondents: result.ikm.respondents, category: { code: result.ikm.category.code }, periodLabel: 'Tahun 2026' });
    expect(latest.sample).toMatchObject({ required: result.sample.required, adequate: false });
  });

  it('batches every desk of the dashboard into one SQL statement, whatever the number of desks', async () => {
    skm.queries.reset();
    ok(await skm.graphql(ENTITIES, { r: desks([1]) }));
    const one = skm.queries.count;
    skm.queries.reset();
    const six = ok(await skm.graphql<{ _entities: { latestIkm: DeskIkm | null }[] }>(ENTITIES, { r: desks([1, 2, 3, 4, 7, 8]) }));
    expect(skm.queries.count).toBe(one);
    expect(one).toBe(1);
    expect(six._entities.every((entity) => entity.latestIkm !== null)).toBe(true);
  });

  it('is readable by the public (an aggregate units publish) and null for a desk without answers', async () => {
    const unknown = stableId('desk', 'mpp-kota-banjarmasin:99');
    const data = ok(await skm.graphql<{ _entities: { id: string; latestIkm: DeskIkm | null }[] }>(ENTITIES, { r: [...desks([7]), { __typename: 'Desk', id: unknown }, { __typename: 'Desk', id: 'not-a-uuid' }] }));
    expect(data._entities[0].latestIkm?.respondents).toBeGreaterThan(0);
    expect(data._entities[1].latestIkm).toBeNull();
    expect(data._entities[2].latestIkm).toBeNull();
  });

  it('moves as soon as a QR answer for the desk arrives (rollup delta, before compaction)', async () => {
    const before = ok(await skm.graphql<{ _entities: { latestIkm: DeskIkm }[] }>(ENTITIES, { r: desks([8]) }))._entities[0].latestIkm;
    const code = ok(await skm.graphql<{ skmSurvey: { publicCode: string } }>(`query($id: ID!) { skmSurvey(id: $id) { publicCode } }`, { id: before.surveyId }, { caller: CALLERS.operator })).skmSurvey.publicCode;
    ok(await skm.graphql(SUBMIT, { s: [{ channel: 'QR', surveyCode: code, answers: nine([1, 1, 2, 1, 2, 1, 1, 2, 1]) }] }));
    const after = ok(await skm.graphql<{ _entities: { latestIkm: DeskIkm }[] }>(ENTITIES, { r: desks([8]) }))._entities[0].latestIkm;
    expect(after.respondents).toBe(before.respondents + 1);
    expect(after.value).toBeLessThan(before.value);
    expect(after.sample.respondents).toBe(before.sample.respondents + 1);
  });
});
