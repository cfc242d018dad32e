import { DataOrigin } from '@simpul/service-kit';
import { describeChange } from './ombudsman-change';
import { OmbudsmanMethod, OmbudsmanZone } from './ombudsman.enums';
import type { OmbudsmanResult } from './ombudsman.model';

const result = (year: number, score: number | null, zone: OmbudsmanZone, method = OmbudsmanMethod.KEPATUHAN_2015): OmbudsmanResult => ({
  id: `r${year}`,
  agency: { id: 'a' },
  agencyName: 'Pemerintah Kota Banjarmasin',
  regionCode: '63.71',
  year,
  methodVersion: method,
  score,
  zone,
  zoneLabel: { id: zone, en: zone },
  opinion: null,
  opinionLabel: null,
  dimensions: [],
  maladministrationRisk: null,
  unitFindings: [],
  origin: DataOrigin.DEMO,
  source: null,
  recordedAt: new Date(0),
});

describe('what changed since the year before', () => {
  it.each([
    [
      result(2021, 66.18, OmbudsmanZone.KUNING),
      result(2022, 69.63, OmbudsmanZone.KUNING),
      3.45,
      'Naik 3,45 poin sejak 2021; tetap zona kuning (kepatuhan sedang)',
      'Up 3.45 points since 2021; still yellow zone (medium compliance)',
    ],
    [
      result(2021, 82.5, OmbudsmanZone.HIJAU),
      result(2022, 79.9, OmbudsmanZone.KUNING),
      -2.6,
      'Turun 2,60 poin sejak 2021; dari zona hijau (kepatuhan tinggi) ke zona kuning (kepatuhan sedang)',
      'Down 2.60 points since 2021; from green zone (high compliance) to yellow zone (medium compliance)',
    ],
    [
      result(2020, 70, OmbudsmanZone.KUNING),
      result(2021, 70, OmbudsmanZone.KUNING),
      0,
      'Nilai tetap sejak 2020; tetap zona kuning (kepatuhan sedang)',
      'Score unchanged since 2020; still yellow zone (medium compliance)',
    ],
    [
      result(2022, 69.63, OmbudsmanZone.KUNING),
      result(2023, null, OmbudsmanZone.HIJAU, OmbudsmanMethod.OPINI_2022),
      null,
      'Nilai tidak sebanding sejak 2022; dari zona kuning (kepatuhan sedang) ke zona hijau (kepatuhan tinggi) (metode berbeda)',
      'Scores not comparable since 2022; from yellow zone (medium compliance) to green zone (high compliance) (different method)',
    ],
  ])('%#: the difference, the zones and one sentence in each language', (before, after, delta, id, en) => {
    const change = describeChange(before, after);
    expect(change.scoreDelta).toBe(delta);
    expect(change.summary).toEqual({ id, en });
    expect(change.methodChanged).toBe(before.methodVersion !== after.methodVersion);
  });
});
