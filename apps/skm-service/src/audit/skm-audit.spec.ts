import { CALLERS, DPMPTSP_KALTENG, ok, startSkm, type SkmHarness } from '../test-support/skm-test-app';

const CREATE = `mutation($input: CreateSkmSurveyInput!) { createSkmSurvey(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateSkmSurveyInput!) { updateSkmSurvey(input: $input) { id title } }`;
const HISTORY = `query($id: ID!) { skmSurvey(id: $id) { changes { totalCount edges { node { actorId actorName action objectType objectId changes { field before after } } } } } }`;
const LOG = `query($filter: AuditFilter, $first: Int) { skmAuditLog(filter: $filter, first: $first) { totalCount edges { node { actorId objectType objectId action } } } }`;

interface History {
  totalCount: number;
  edges: {
    node: {
      actorId: string | null;
      actorName: string | null;
      action: string;
      objectType: string;
      objectId: string;
      changes: { field: string; before: string | null; after: string | null }[];
    };
  }[];
}

describe('SKM survey settings are audited (GraphQL over HTTP, real PostgreSQL)', () => {
  let skm: SkmHarness;
  let surveyId: string;
  const desk = { caller: CALLERS.deskDpmptspKalteng };
  beforeAll(async () => {
    skm = await startSkm();
    surveyId = ok(
      await skm.graphql<{ createSkmSurvey: { id: string } }>(
        CREATE,
        {
          input: {
            title: 'SKM DPMPTSP Kalteng 2027',
            serviceUnitId: DPMPTSP_KALTENG,
            periodKind: 'YEAR',
            year: 2027,
            number: 1,
            expectedUsers: 1200,
          },
        },
        desk,
      ),
    ).createSkmSurvey.id;
    ok(await skm.graphql(UPDATE, { input: { id: surveyId, title: 'SKM Tahunan DPMPTSP Kalteng 2027', expectedUsers: 1500 } }, desk));
  });
  afterAll(() => skm?.close());

  it('records who created and who changed the survey, with each setting before and after', async () => {
    const history = ok(await skm.graphql<{ skmSurvey: { changes: History } }>(HISTORY, { id: surveyId }, desk)).skmSurvey.changes;
    expect(history.totalCount).toBe(2);
    const [update, creation] = history.edges.map((edge) => edge.node);
    expect(update).toMatchObject({
      actorId: CALLERS.deskDpmptspKalteng.userId,
      actorName: CALLERS.deskDpmptspKalteng.displayName,
      action: 'UPDATE',
      objectType: 'SkmSurvey',
      objectId: surveyId,
    });
    expect(update.changes).toEqual([
      { field: 'title', before: 'SKM DPMPTSP Kalteng 2027', after: 'SKM Tahunan DPMPTSP Kalteng 2027' },
      { field: 'expectedUsers', before: '1200', after: '1500' },
    ]);
    expect(creation.action).toBe('CREATE');
    expect(creation.changes).toEqual(
      expect.arrayContaining([
        { field: 'serviceUnitId', before: null, after: DPMPTSP_KALTENG },
        { field: 'elements.0.weight', before: null, after: '1/9' },
      ]),
    );
  });

  it('an update that changes nothing, or is refused, adds no entry', async () => {
    ok(await skm.graphql(UPDATE, { input: { id: surveyId, title: 'SKM Tahunan DPMPTSP Kalteng 2027' } }, desk));
    const refused = await skm.graphql(UPDATE, { input: { id: surveyId, opensAt: '16:00', closesAt: '08:00' } }, desk);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    expect(ok(await skm.graphql<{ skmSurvey: { changes: History } }>(HISTORY, { id: surveyId }, desk)).skmSurvey.changes.totalCount).toBe(
      2,
    );
  });

  it('the history is read by whoever may manage the survey', async () => {
    expect(
      ok(await skm.graphql<{ skmSurvey: { changes: History } }>(HISTORY, { id: surveyId }, { caller: CALLERS.admin })).skmSurvey.changes
        .totalCount,
    ).toBe(2);
    const evaluator = await skm.graphql(HISTORY, { id: surveyId }, { caller: CALLERS.evaluator });
    expect(evaluator.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const otherDesk = await skm.graphql(HISTORY, { id: surveyId }, { caller: CALLERS.deskSamsatKalsel });
    expect(otherDesk.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('skmAuditLog lists the changes for the national admin, filtered by person and object type', async () => {
    const mine = ok(
      await skm.graphql<{ skmAuditLog: { totalCount: number; edges: { node: { objectId: string; action: string } }[] } }>(
        LOG,
        { filter: { actorId: CALLERS.deskDpmptspKalteng.userId, objectType: 'SkmSurvey' } },
        { caller: CALLERS.admin },
      ),
    ).skmAuditLog;
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((edge) => edge.node.action)).toEqual(['UPDATE', 'CREATE']);
    const seeded = ok(
      await skm.graphql<{ skmAuditLog: { totalCount: number; edges: { node: { actorId: string | null } }[] } }>(
        LOG,
        { first: 100 },
        { caller: CALLERS.admin },
      ),
    ).skmAuditLog;
    expect(seeded.edges.filter((edge) => edge.node.actorId === null).length).toBeGreaterThan(0);
    for (const caller of [CALLERS.operator, CALLERS.deskDpmptspKalteng, CALLERS.evaluator]) {
      expect((await skm.graphql(LOG, {}, { caller })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});
