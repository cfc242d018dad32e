import { lokusInputFromUnit } from './lokus-input';

describe('lokus from the registry', () => {
  it('snapshots a provincial unit with its province and level', () => {
    const input = lokusInputFromUnit({
      id: 'u1',
      name: 'SAMSAT Kalimantan Selatan',
      kind: 'SAMSAT',
      serviceGroup: 'ADMINISTRASI',
      agency: { id: 'a1', name: 'Pemprov Kalimantan Selatan', type: 'PROVINSI' },
      region: { code: '63', name: 'Kalimantan Selatan', level: 'PROVINCE', parent: null },
    });
    expect(input).toEqual({
      serviceUnitId: 'u1',
      unitName: 'SAMSAT Kalimantan Selatan',
      unitKind: 'SAMSAT',
      serviceGroup: 'ADMINISTRASI',
      agencyId: 'a1',
      agencyName: 'Pemprov Kalimantan Selatan',
      provinceCode: '63',
      provinceName: 'Kalimantan Selatan',
      governmentLevel: 'PROVINCE',
    });
  });

  it('takes the province of a regency unit from its parent region, and central agencies are CENTRAL', () => {
    const regency = lokusInputFromUnit({
      id: 'u2',
      name: 'DPMPTSP Kota Banjarmasin',
      kind: 'DPMPTSP',
      serviceGroup: 'ADMINISTRASI',
      agency: { id: 'a2', name: 'Pemkot Banjarmasin', type: 'KOTA' },
      region: { code: '63.71', name: 'Kota Banjarmasin', level: 'REGENCY', parent: { code: '63', name: 'Kalimantan Selatan' } },
    });
    expect(regency).toMatchObject({ provinceCode: '63', provinceName: 'Kalimantan Selatan', governmentLevel: 'REGENCY' });
    const central = lokusInputFromUnit({
      id: 'u3',
      name: 'Kantor Imigrasi Banjarmasin',
      kind: 'IMIGRASI',
      serviceGroup: 'ADMINISTRASI',
      agency: { id: 'a3', name: 'Kementerian Imigrasi', type: 'KEMENTERIAN' },
      region: { code: '63.71', name: 'Kota Banjarmasin', level: 'REGENCY', parent: { code: '63', name: 'Kalimantan Selatan' } },
    });
    expect(central.governmentLevel).toBe('CENTRAL');
  });
});
