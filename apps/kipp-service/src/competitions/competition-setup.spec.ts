import { competitionId, openCalendar } from '../seed/demo-competition';
import { CREATE_COMPETITION, createOpenCompetition } from '../test-support/operations';
import { CALLERS, dataOf, startKipp, TEST_TODAY, type KippHarness } from '../test-support/kipp-test-app';
import { STAGE_ORDER } from './stage.enum';

const SET_RUBRIC = `mutation($input: KippSetStageRubricInput!) { setStageRubric(input: $input) { stage rubrics { group title criteria { code weight } } } }`;

const criteria = (weights: string[]) =>
  weights.map((weight, index) => ({ code: `K${index + 1}`, name: `Kriteria ${index + 1}`, nameEn: `Criterion ${index + 1}`, weight }));

describe('competition setup by the national admin', () => {
  let kipp: KippHarness;
  beforeAll(async () => {
    kipp = await startKipp();
  });
  afterAll(() => kipp?.close());

  const rubric = (id: string, weights: string[], stage = 'DESK_ASSESSMENT', caller = CALLERS.admin) =>
    kipp.graphql<{ setStageRubric: { rubrics: { group: string; title: string; criteria: { weight: string }[] }[] } }>(
      SET_RUBRIC,
      { input: { competitionId: id, stage, group: 'UMUM', title: 'Rubrik TE Umum', criteria: criteria(weights) } },
      { caller },
    );

  it('creates a year with groups, categories, eligibility rules as data and the stage calendar', async () => {
    const id = await createOpenCompetition(kipp, CALLERS.admin, 2031, TEST_TODAY, {
      groups: ['UMUM', 'REPLIKASI'],
      groupRules: [{ group: 'UMUM', minAgeYears: 3, quotaPerAgency: 4 }],
      top99Size: 50,
      top45Size: 20,
    });
    const { competition } = dataOf(
      await kipp.graphql<{
        competition: {
          groups: string[];
          rules: { top99Size: number; groups: { group: string; minAgeYears: number; quotaPerAgency: number | null }[] };
          stages: { stage: string }[];
        };
      }>(
        `query($id: ID!) { competition(id: $id) { groups rules { top99Size groups { group minAgeYears quotaPerAgency } } stages { stage } } }`,
        { id },
      ),
    );
    expect(competition.groups).toEqual(['UMUM', 'REPLIKASI']);
    expect(competition.rules.top99Size).toBe(50);
    expect(competition.rules.groups).toEqual(
      expect.arrayContaining([
        { group: 'UMUM', minAgeYears: 3, quotaPerAgency: 4 },
        { group: 'REPLIKASI', minAgeYears: 1, quotaPerAgency: 5 },
      ]),
    );
    expect(competition.stages.map((stage) => stage.stage)).toEqual(STAGE_ORDER);
  });

  it('refuses a second competition for the same year, stages out of order and a desk creating one', async () => {
    const stages = STAGE_ORDER.map((stage) => ({ stage, opensOn: '2032-01-01', closesOn: '2032-01-10' }));
    const input = { year: 2026, title: 'Lagi', categories: ['Kesehatan'], stages };
    expect((await kipp.graphql(CREATE_COMPETITION, { input }, { caller: CALLERS.admin })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'year',
    });
    const reversed = { ...input, year: 2032, stages: [...stages].reverse() };
    expect((await kipp.graphql(CREATE_COMPETITION, { input: reversed }, { caller: CALLERS.admin })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stages',
    });
    expect(
      (await kipp.graphql(CREATE_COMPETITION, { input: { ...input, year: 2032 } }, { caller: CALLERS.deskSamsatKalsel })).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('replaces a stage’s rubric before the stage starts, weights summing to exactly 100 (fractions allowed)', async () => {
    const updated = dataOf(await rubric(competitionId(2026), ['100/3', '100/3', '100/3']));
    const umum = updated.setStageRubric.rubrics.find((entry) => entry.group === 'UMUM');
    expect(umum).toMatchObject({ title: 'Rubrik TE Umum', criteria: [{ weight: '100/3' }, { weight: '100/3' }, { weight: '100/3' }] });
  });

  it('refuses weights that do not sum to 100 or are not numbers, and leaves the rubric as it was', async () => {
    const id = competitionId(2026);
    expect((await rubric(id, ['50', '40'])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criteria' });
    expect((await rubric(id, ['50', 'lima puluh'])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criteria.1' });
    const { competition } = dataOf(
      await kipp.graphql<{ competition: { stages: { stage: string; rubrics: { group: string; criteria: { weight: string }[] }[] }[] } }>(
        `query($id: ID!) { competition(id: $id) { stages { stage rubrics { group criteria { weight } } } } }`,
        { id },
      ),
    );
    const desk = competition.stages.find((stage) => stage.stage === 'DESK_ASSESSMENT');
    expect(desk?.rubrics.find((entry) => entry.group === 'UMUM')?.criteria.map((criterion) => criterion.weight)).toEqual([
      '100/3',
      '100/3',
      '100/3',
    ]);
  });

  it('refuses to change the rubric of a stage that has started, and a non-admin changing any', async () => {
    kipp.clock.set(openCalendar(TEST_TODAY).DESK_ASSESSMENT[0]);
    try {
      const started = await rubric(competitionId(2026), ['60', '40']);
      expect(started.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'stage' });
    } finally {
      kipp.clock.set(TEST_TODAY);
    }
    expect((await rubric(competitionId(2026), ['60', '40'], 'DESK_ASSESSMENT', CALLERS.evaluator)).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
