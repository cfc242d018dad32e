import { GovernmentLevel } from '../lokus/lokus.enums';
import { cohortOf } from '../lokus/lokus.row';
import { cohortLabel } from './cohort-label';

describe('cohort labels', () => {
  it('names a cohort from its level and unit kind in both languages', () => {
    expect(cohortLabel(cohortOf(GovernmentLevel.PROVINCE, 'SAMSAT'))).toEqual({
      code: 'PROVINCE:SAMSAT',
      label: 'Samsat tingkat provinsi',
      labelEn: 'Provincial Samsat',
    });
    expect(cohortLabel('REGENCY:PUSKESMAS')).toMatchObject({
      label: 'Puskesmas tingkat kabupaten/kota',
      labelEn: 'Regency/city community health centre (Puskesmas)',
    });
    expect(cohortLabel('CENTRAL:IMIGRASI')).toMatchObject({
      label: 'Kantor Imigrasi tingkat pusat',
      labelEn: 'Central immigration office',
    });
  });

  it('reads a unit kind it has no name for in title case instead of as a code', () => {
    expect(cohortLabel('PROVINCE:DINAS_PERHUBUNGAN')).toMatchObject({
      label: 'Dinas Perhubungan tingkat provinsi',
      labelEn: 'Provincial Dinas Perhubungan',
    });
  });

  it('shows a code of another shape as it is rather than guessing', () => {
    expect(cohortLabel('NASIONAL')).toEqual({ code: 'NASIONAL', label: 'NASIONAL', labelEn: 'NASIONAL' });
    expect(cohortLabel('PLANET:SAMSAT')).toMatchObject({ label: 'PLANET:SAMSAT' });
    expect(cohortLabel('PROVINCE:SAMSAT:EXTRA')).toMatchObject({ labelEn: 'PROVINCE:SAMSAT:EXTRA' });
  });
});
