import { ombudsmanZone, ombudsmanZoneInfo } from './ombudsman-zone';

describe('Ombudsman compliance zones 2015–2021', () => {
  it('Kota Banjarmasin 69.63 is Kuning (2022 report)', () => expect(ombudsmanZone(69.63)).toBe('KUNING'));

  it.each([
    [100, 'HIJAU'],
    [81.0, 'HIJAU'],
    [80.99, 'KUNING'],
    [51.0, 'KUNING'],
    [50.99, 'MERAH'],
    [0, 'MERAH'],
    [80.995, 'HIJAU'],
    [50.994, 'MERAH'],
  ])('%p is %s', (score, zone) => expect(ombudsmanZone(score)).toBe(zone));

  it('carries labels for display', () => expect(ombudsmanZoneInfo(90).label).toBe('Zona Hijau (kepatuhan tinggi)'));

  it('refuses a score above 100', () => expect(() => ombudsmanZone(100.5)).toThrow(expect.objectContaining({ field: 'score' })));
});
