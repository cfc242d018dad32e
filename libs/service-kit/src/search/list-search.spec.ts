import { listSearchCondition, listSearchPatterns } from './list-search';

describe('a list search reads text as people type it', () => {
  it('ignores case and accents', () => {
    expect(listSearchPatterns('  Bánjar  ')).toEqual([['%banjar%']]);
  });

  it('lets a spelling variant or an abbreviation find every term of its group', () => {
    expect(listSearchPatterns('Antrian')).toEqual([['%antrean%', '%antrian%']]);
    expect(listSearchPatterns('samsat kalsel')).toEqual([
      ['%samsat%', '%sistem%administrasi%manunggal%satu%atap%'],
      ['%kalsel%', '%kalimantan%selatan%'],
    ]);
    expect(listSearchPatterns('Kalimantan Selatan')).toEqual([['%kalsel%', '%kalimantan%selatan%']]);
  });

  it('is no filter for empty text or text without a letter or digit', () => {
    expect(listSearchPatterns(null)).toEqual([]);
    expect(listSearchPatterns(' %_* ')).toEqual([]);
    expect(listSearchCondition('x', '', (pattern) => pattern)).toBeNull();
  });

  it("writes one condition per part, each pattern through the caller's placeholder", () => {
    const values: string[] = [];
    const sql = listSearchCondition('lower(name)', 'ijin bjm', (pattern) => `$${values.push(pattern)}`);
    expect(sql).toBe('(lower(name) LIKE $1 OR lower(name) LIKE $2) AND (lower(name) LIKE $3 OR lower(name) LIKE $4)');
    expect(values).toEqual(['%izin%', '%ijin%', '%bjm%', '%banjarmasin%']);
  });
});
