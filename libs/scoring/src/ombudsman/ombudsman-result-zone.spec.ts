import { ombudsmanResultZone, type OmbudsmanPublishedResult } from './ombudsman-result-zone';

describe('the zone of a published Ombudsman result', () => {
  it.each<[string, OmbudsmanPublishedResult, string]>([
    ['Kota Banjarmasin 2022, 69.63', { method: 'KEPATUHAN_2015', score: 69.63, opinion: null }, 'KUNING'],
    ['a 2019 score of 88.1', { method: 'KEPATUHAN_2015', score: 88.1, opinion: null }, 'HIJAU'],
    ['a 2016 score of 42', { method: 'KEPATUHAN_2015', score: 42, opinion: null }, 'MERAH'],
    ['opinion B with a total of 70 (the opinion decides)', { method: 'OPINI_2022', score: 70, opinion: 'B' }, 'HIJAU'],
    ['opinion C', { method: 'OPINI_2022', score: null, opinion: 'C' }, 'KUNING'],
    ['opinion E in 2025', { method: 'OPINI_2025', score: null, opinion: 'E' }, 'MERAH'],
    ['an opinion-method total without its opinion', { method: 'OPINI_2022', score: 83.4, opinion: null }, 'HIJAU'],
  ])('%s → %s', (_, result, zone) => expect(ombudsmanResultZone(result)).toBe(zone));

  it.each<[OmbudsmanPublishedResult, string]>([
    [{ method: 'KEPATUHAN_2015', score: null, opinion: null }, 'score'],
    [{ method: 'OPINI_2022', score: null, opinion: null }, 'opinion'],
    [{ method: 'KEPATUHAN_2015', score: 101, opinion: null }, 'score'],
  ])('refuses %p on field %s', (result, field) => expect(() => ombudsmanResultZone(result)).toThrow(expect.objectContaining({ field })));
});
