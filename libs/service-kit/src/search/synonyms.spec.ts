import { SimpulError } from '../errors/simpul-error';
import {
  foldText,
  indexedQueryTerms,
  parseSearchText,
  searchWords,
  SYNONYM_GROUPS,
  synonymIndexQuery,
  synonymToken,
  toTsQuery,
} from './search-text';

describe('the synonym list (synonyms.json)', () => {
  it('every term is folded lower-case words, and no term is in two groups', () => {
    const seen = new Map<string, string>();
    for (const group of SYNONYM_GROUPS) {
      expect(group.note.trim()).not.toBe('');
      expect(group.terms.length).toBeGreaterThanOrEqual(2);
      for (const term of group.terms) {
        expect(searchWords(term).join(' ')).toBe(term);
        expect(seen.get(term)).toBeUndefined();
        seen.set(term, group.note);
      }
    }
  });

  // What a person types → the words each part of the query may be matched by.
  it.each([
    ['kalsel', [['kalsel', 'kalimantan selatan']]],
    ['Kalimantan Selatan', [['kalsel', 'kalimantan selatan']]],
    [
      'samsat kalsel',
      [
        ['samsat', 'sistem administrasi manunggal satu atap'],
        ['kalsel', 'kalimantan selatan'],
      ],
    ],
    [
      'antrian online',
      [
        ['antrean', 'antrian'],
        ['online', 'daring'],
      ],
    ],
    ['antrean', [['antrean', 'antrian']]],
    ['PDAM', [['pdam', 'perumda air minum', 'perusahaan daerah air minum', 'perusahaan umum daerah air minum']]],
    ['disdukcapil', [['disdukcapil', 'dukcapil', 'kependudukan dan pencatatan sipil', 'kependudukan pencatatan sipil']]],
    ['ijin usaha', [['izin', 'ijin'], ['usaha']]],
    [
      'dpmptsp kalteng',
      [
        ['dpmptsp', 'penanaman modal dan pelayanan terpadu satu pintu', 'dpmpptsp'],
        ['kalteng', 'kalimantan tengah'],
      ],
    ],
    ['BPJS', [['bpjs', 'badan penyelenggara jaminan sosial']]],
    ['banjarmsin', [['banjarmsin']]],
    ['Sumatera Utara', [['sumut', 'sumatera utara', 'sumatra utara']]],
    ['sumatera', [['sumatera', 'sumatra']]],
  ])('%s', (text, expected) => {
    const parts = parseSearchText(text);
    expect(parts.map((part) => (part.alternatives ? part.alternatives.map((words) => words.join(' ')) : [part.typed]))).toEqual(expected);
  });
});

describe('search text to tsquery', () => {
  it.each([
    [
      'samsat kalsel',
      `('samsat':* | ('sistem':* & 'administrasi':* & 'manunggal':* & 'satu':* & 'atap':*)) & ('kalsel':* | ('kalimantan':* & 'selatan':*))`,
    ],
    ['antrian', `('antrean':* | 'antrian':*)`],
    ['kk', `('kk':* | ('kartu':* & 'keluarga':*))`],
    ['ktp elektronik', `('ktp':* | ('kartu':* & 'tanda':* & 'penduduk':*) | 'ektp':*) & ('elektronik':* | 'elektronis':*)`],
    ['Pelayanan Café', `'pelayanan':* & 'cafe':*`],
  ])('%s', (text, tsquery) => {
    expect(toTsQuery(parseSearchText(text))).toBe(tsquery);
  });

  it('tsquery operators and quotes in the text only separate words', () => {
    expect(toTsQuery(parseSearchText(`a&b|c!(d):*'e"`))).toBe(`'a':* & 'b':* & 'c':* & 'd':* & 'e':*`);
  });

  it('a corrected word replaces the typed one', () => {
    expect(toTsQuery(parseSearchText('samsat banjarmsin'), new Map([['banjarmsin', 'banjarmasin']]))).toContain(`& 'banjarmasin':*`);
  });

  it('with weights, every lexeme is restricted to them (the title-only query the ranking starts from)', () => {
    expect(toTsQuery(parseSearchText('pdam kota'), new Map(), 'A')).toBe(
      `('pdam':*A | ('perumda':*A & 'air':A & 'minum':*A) | ('perusahaan':*A & 'daerah':*A & 'air':A & 'minum':*A) | ('perusahaan':*A & 'umum':*A & 'daerah':*A & 'air':A & 'minum':*A)) & 'kota':*A`,
    );
  });

  it("with indexed synonyms, a synonym part is its group's one token; other words stay prefixes", () => {
    const indexed = { indexedSynonyms: true };
    expect(toTsQuery(parseSearchText('samsat kalsel'), new Map(), '', indexed)).toBe(`'syn0samsat' & 'syn0kalsel'`);
    expect(toTsQuery(parseSearchText('SAMSAT Kalimantan Selatan'), new Map(), '', indexed)).toBe(`'syn0samsat' & 'syn0kalsel'`);
    expect(toTsQuery(parseSearchText('antrian online'), new Map(), '', indexed)).toBe(
      toTsQuery(parseSearchText('antrean daring'), new Map(), '', indexed),
    );
    expect(toTsQuery(parseSearchText('pdam kota'), new Map(), 'A', indexed)).toBe(`'syn0pdam':A & 'kota':*A`);
  });

  it('the words an index with tokens must hold: a synonym as its token, exactly; other words as typed or corrected, as prefixes', () => {
    expect(indexedQueryTerms(parseSearchText('SAMSAT Kalimantan Selatan banjarmsin'), new Map([['banjarmsin', 'banjarmasin']]))).toEqual([
      { word: 'syn0samsat', prefix: false },
      { word: 'syn0kalsel', prefix: false },
      { word: 'banjarmasin', prefix: true },
    ]);
  });

  it('each group has its own index token, and its index query is any of its terms (all words of a term)', () => {
    const tokens = SYNONYM_GROUPS.map(synonymToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.every((token) => /^syn0[a-z0-9]+$/.test(token))).toBe(true);
    const kalsel = SYNONYM_GROUPS.find((group) => group.terms.includes('kalsel'))!;
    expect(synonymIndexQuery(kalsel)).toBe(`'kalsel':* | ('kalimantan':* & 'selatan':*)`);
    const kk = SYNONYM_GROUPS.find((group) => group.terms.includes('kk'))!;
    expect(synonymIndexQuery(kk)).toBe(`'kk' | ('kartu':* & 'keluarga':*)`);
  });

  it('folds accents and case', () => {
    expect(foldText('ÉLÈVE Ñ')).toBe('eleve n');
  });

  it.each([
    ['', 'Tulis kata yang dicari.'],
    ['   ', 'Tulis kata yang dicari.'],
    ['&|!():*', 'Tulis paling sedikit satu huruf atau angka yang dicari.'],
    ['x'.repeat(201), 'Tulis paling banyak 200 karakter (ini 201).'],
  ])('%j is refused on `text` in both languages', (text, id) => {
    try {
      parseSearchText(text);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(SimpulError);
      const refusal = error as SimpulError;
      expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', messages: { id } });
      expect(refusal.messages.en).not.toBe('');
    }
  });
});
