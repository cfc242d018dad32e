import type { Identity } from '@simpul/contracts';
import { assertMayChangeUnitFields } from './unit-access';

const desk: Identity = { userId: 'u', email: 'd@simpul.test', displayName: 'Desk', role: 'UNIT_DESK', serviceUnitId: 'unit-1', mallId: null };
const admin: Identity = { ...desk, role: 'NATIONAL_ADMIN', serviceUnitId: null };

describe('rule: only a national admin changes the kind, agency, region or external ids of a unit', () => {
  it('a desk is refused only when one of them would actually change, with that field named', () => {
    expect(() => assertMayChangeUnitFields(desk, [])).not.toThrow();
    expect(() => assertMayChangeUnitFields(desk, ['regionCode'])).toThrow(expect.objectContaining({ code: 'FORBIDDEN', field: 'input.regionCode' }));
  });

  it('the national admin may change them', () => {
    expect(() => assertMayChangeUnitFields(admin, ['kind', 'agencyId', 'regionCode', 'externalIds'])).not.toThrow();
  });
});
