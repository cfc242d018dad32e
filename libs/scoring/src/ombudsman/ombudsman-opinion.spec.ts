import { OMBUDSMAN_OPINION_TABLE, ombudsmanOpinionInfo, ombudsmanOpinionZone } from './ombudsman-opinion';

describe('Ombudsman opinion categories 2022–2023 (docs/domain.md §7)', () => {
  it.each([
    ['A', 'HIJAU', 'Kualitas Tertinggi'],
    ['B', 'HIJAU', 'Kualitas Tinggi'],
    ['C', 'KUNING', 'Kualitas Sedang'],
    ['D', 'MERAH', 'Kualitas Rendah'],
    ['E', 'MERAH', 'Kualitas Terendah'],
  ])('opinion %s is zone %s (%s)', (opinion, zone, label) => {
    expect(ombudsmanOpinionZone(opinion)).toBe(zone);
    expect(ombudsmanOpinionInfo(opinion).label).toBe(label);
  });

  it('holds exactly the five categories, in order', () =>
    expect(OMBUDSMAN_OPINION_TABLE.opinions.map((row) => row.code)).toEqual(['A', 'B', 'C', 'D', 'E']));

  it.each(['F', 'a', ''])('refuses %p as an opinion, naming the field', (opinion) =>
    expect(() => ombudsmanOpinionZone(opinion)).toThrow(expect.objectContaining({ field: 'opinion' })),
  );
});
