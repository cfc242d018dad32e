import { lokusInputFromUnit, parseLokusImport } from './lokus-input';

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

describe('importing a pasted list of lokus', () => {
  const header = 'serviceUnitId,unitName,unitKind,serviceGroup,agencyId,agencyName,provinceCode,provinceName,governmentLevel';

  it('reads every row of a CSV with a header', () => {
    const parsed = parseLokusImport(
      `${header}\nu1,SAMSAT Kalsel,SAMSAT,ADMINISTRASI,a1,Pemprov,63,Kalimantan Selatan,PROVINCE\nu2,DPMPTSP Kalteng,DPMPTSP,JASA,a2,,62,,PROVINCE\n`,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[1]).toMatchObject({ serviceUnitId: 'u2', serviceGroup: 'JASA', agencyName: null, provinceName: null });
  });

  it('reports missing header columns and bad cells by row and column', () => {
    expect(parseLokusImport('serviceUnitId,unitName\nu1,x').problems.map((p) => p.field)).toEqual([
      'unitKind',
      'serviceGroup',
      'agencyId',
      'provinceCode',
      'governmentLevel',
    ]);
    const parsed = parseLokusImport(`${header.replace(/,/g, ';')}\nu1;;SAMSAT;TOKO;a1;;63;;PROVINCE`);
    expect(parsed.problems).toEqual([
      { row: 1, field: 'unitName' },
      { row: 1, field: 'serviceGroup' },
    ]);
  });
});
