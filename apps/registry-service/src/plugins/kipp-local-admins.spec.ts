import { startFakeKipp, type FakeKipp } from '../test-support/fake-kipp';
import { PEMPROV_KALSEL } from '../test-support/desk-plugins';
import { CALLERS } from '../test-support/registry-test-app';
import { HttpLocalAdminDirectory } from './kipp-local-admins';

describe('HttpLocalAdminDirectory: the caller’s KIPP local-admin agencies, asked of the KIPP subgraph', () => {
  let kipp: FakeKipp;
  beforeAll(async () => {
    kipp = await startFakeKipp();
  });
  afterAll(() => kipp?.close());

  it('names the agencies of the demo local admin and none for someone else or the public', async () => {
    const directory = new HttpLocalAdminDirectory(kipp.url);
    const localAdmin = { ...CALLERS.deskSamsatKalsel, userId: [...kipp.localAdmins.keys()][0] };
    expect(await directory.agenciesOf({ caller: localAdmin, requestId: 'r1' })).toEqual(new Set([PEMPROV_KALSEL]));
    expect(await directory.agenciesOf({ caller: CALLERS.deskDpmptspKalteng, requestId: 'r2' })).toEqual(new Set());
    const before = kipp.requests;
    expect(await directory.agenciesOf({ caller: null, requestId: 'r3' })).toEqual(new Set());
    expect(kipp.requests).toBe(before);
  });

  it('an unreachable KIPP service means no local-admin agencies, never a wider right', async () => {
    const directory = new HttpLocalAdminDirectory('http://127.0.0.1:9/graphql');
    expect(await directory.agenciesOf({ caller: CALLERS.deskSamsatKalsel, requestId: 'r4' })).toEqual(new Set());
  });
});
