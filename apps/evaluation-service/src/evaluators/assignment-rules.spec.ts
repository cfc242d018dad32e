import { EvaluationScheme } from '../cycles/cycle-phase.enum';
import { GovernmentLevel, ServiceGroup } from '../lokus/lokus.enums';
import type { LokusRow } from '../lokus/lokus.row';
import { hierarchyRefusal, sameAgencyRefusal } from './assignment-rules';
import { EvaluatorLevel, type EvaluatorProfile } from './evaluator.model';

// Decision on record: docs/domain.md §4.1 says that in PEKPPP mandiri the instansi evaluates its own
// units through its Biro/Bagian Organisasi, so a same-instansi evaluator is allowed there and only
// there; pemantauan and khusus keep refusing one.

const PEMPROV_KALSEL = '6f1c3c1e-0000-4000-8000-000000000063';
const lokus: LokusRow = {
  id: '0a4f7c1e-0000-4000-8000-000000000001',
  cycleId: '0a4f7c1e-0000-4000-8000-000000000002',
  serviceUnitId: '0a4f7c1e-0000-4000-8000-000000000003',
  unitName: 'DPMPTSP Provinsi Kalimantan Selatan',
  unitKind: 'DPMPTSP',
  serviceGroup: ServiceGroup.ADMINISTRASI,
  agencyId: PEMPROV_KALSEL,
  agencyName: 'Pemerintah Provinsi Kalimantan Selatan',
  provinceCode: '63',
  provinceName: 'Kalimantan Selatan',
  governmentLevel: GovernmentLevel.PROVINCE,
  cohort: 'PROVINCE:DPMPTSP',
  instrumentId: 'pekppp-2024-a',
  minRespondents: 10,
  maxRespondents: 20,
  addedAt: new Date('2027-01-10T00:00:00Z'),
};
const biroOrganisasi: EvaluatorProfile = {
  userId: '0a4f7c1e-0000-4000-8000-000000000004',
  displayName: 'Biro Organisasi Kalsel',
  agencyId: PEMPROV_KALSEL,
  level: EvaluatorLevel.PROVINCE,
  provinceCode: '63',
};

describe('assignment rules (docs/domain.md §4.1)', () => {
  it("a same-instansi evaluator is allowed in a MANDIRI cycle: the instansi's Biro/Bagian Organisasi evaluates its own units", () => {
    expect(sameAgencyRefusal(biroOrganisasi, lokus, EvaluationScheme.MANDIRI)).toBeNull();
    expect(hierarchyRefusal(biroOrganisasi, lokus, EvaluationScheme.MANDIRI)).toBeNull();
  });

  it('a same-instansi evaluator is refused in PEMANTAUAN and KHUSUS cycles, in both languages', () => {
    for (const scheme of [EvaluationScheme.PEMANTAUAN, EvaluationScheme.KHUSUS]) {
      const refusal = sameAgencyRefusal(biroOrganisasi, lokus, scheme);
      expect(refusal?.en).toBe(
        'Biro Organisasi Kalsel belongs to the same instansi as DPMPTSP Provinsi Kalimantan Selatan and cannot evaluate it.',
      );
      expect(refusal?.id).toMatch(/instansi yang sama/);
    }
  });

  it('an evaluator of another instansi passes the same-instansi rule in every scheme', () => {
    const other = { ...biroOrganisasi, agencyId: '6f1c3c1e-0000-4000-8000-000000000062' };
    for (const scheme of Object.values(EvaluationScheme)) expect(sameAgencyRefusal(other, lokus, scheme)).toBeNull();
  });

  it('mandiri does not lift the hierarchy: a kab/kota Bagian Organisasi still cannot evaluate a provincial lokus', () => {
    const bagian = { ...biroOrganisasi, level: EvaluatorLevel.REGENCY };
    expect(sameAgencyRefusal(bagian, lokus, EvaluationScheme.MANDIRI)).toBeNull();
    expect(hierarchyRefusal(bagian, lokus, EvaluationScheme.MANDIRI)?.en).toBe(
      'A kab/kota Bagian Organisasi evaluates kab/kota lokus only.',
    );
  });
  it('an evaluator of another province is refused with the lokus province named, not its code', () => {
    const kalteng = { ...biroOrganisasi, agencyId: '6f1c3c1e-0000-4000-8000-000000000062', provinceCode: '62' };
    expect(hierarchyRefusal(kalteng, lokus, EvaluationScheme.PEMANTAUAN)).toEqual({
      en: 'This evaluator works for another province, not Kalimantan Selatan.',
      id: 'Evaluator ini bertugas di provinsi lain, bukan di Kalimantan Selatan.',
    });
  });
});
