import type { Identity } from '@simpul/contracts';
import { archivedUnitsVisibleTo, assertMayChangeUnitFields } from './unit-access';

const desk: Identity = {
  userId: 'u',
  email: 'd@simpul.test',
  displayName: 'Desk',
  role: 'UNIT_DESK',
  serviceUnitId: 'unit-1',
  mallId: null,
};
const admin: Identity = { ...desk, role: 'NATIONAL_ADMIN', serviceUnitId: null };

describe('rule: only a national admin changes the kind, agency, region or external ids of a unit', () => {
  it('a desk is refused only when one of them would actually change, with that field named', () => {
    expect(() => assertMayChangeUnitFields(desk, [])).not.toThrow();
    expect(() => assertMayChangeUnitFields(desk, ['regionCode'])).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', field: 'input.regionCode' }),
    );
  });

  it('the national admin may change them', () => {
    expect(() => assertMayChangeUnitFields(admin, ['kind', 'agencyId', 'regionCode', 'externalIds'])).not.toThrow();
  });
});

describe('rule: archived units (and their services) are listed for the people who may edit them', () => {
  it('the national admin sees every archived unit, a desk only its own, others none', () => {
    expect(archivedUnitsVisibleTo(admin, true)).toEqual({ kind: 'all' });
    expect(archivedUnitsVisibleTo(desk, true)).toEqual({ kind: 'own', unitId: 'unit-1' });
    expect(archivedUnitsVisibleTo({ ...desk, role: 'EVALUATOR', serviceUnitId: null }, true)).toEqual({ kind: 'none' });
    expect(archivedUnitsVisibleTo(null, true)).toEqual({ kind: 'none' });
  });

  it('nobody sees archived units without asking for them', () => {
    expect(archivedUnitsVisibleTo(admin, false)).toEqual({ kind: 'none' });
    expect(archivedUnitsVisibleTo(desk, undefined)).toEqual({ kind: 'none' });
  });
});
