import { apiEnumValues, offences, routeShape, type Language } from './rendered-text-rules';

// The rules of rendered-text.spec.ts, pure functions over text: no browser needed.

const enumValues = apiEnumValues();

it('finds what the rules are for, and leaves Indonesian thousands, clock times and acronyms alone', () => {
  const rules = (text: string, language: Language = 'id') => offences(text, language, enumValues).map((o) => `${o.rule}: ${o.text}`);
  expect(rules('Putuskan tahap OBJECTION_WINDOW')).toEqual(['code: OBJECTION_WINDOW']);
  expect(rules('Top {size}; {{x}}; undefined; NaN; null')).toEqual([
    'placeholder: {{x}}',
    'placeholder: {size}',
    'placeholder: undefined',
    'placeholder: NaN',
    'placeholder: null',
  ]);
  expect(rules('Instrumen pekppp-2024-a')).toEqual(['instrument id: pekppp-2024-a']);
  expect(rules('4.01 ≤ IPP ≤ 4.50')).toEqual(['dot decimal: 4.01', 'dot decimal: 4.50']);
  expect(rules('4.01 ≤ IPP ≤ 4.50', 'en')).toEqual([]);
  expect(rules('IPP 4,02 (A-); IKM 88,50; 12.000 jawaban; pukul 09.05 WIB; 7.12.2026; SKM, KIPP, MPP, PEKPPP, RTL')).toEqual([]);
  expect(
    rules('63.71 Kota Banjarmasin; nomor DEMO/63.71/MPP; ID DEMO-SIPPN-63; PEMERINTAH PROVINSI KALIMANTAN SELATAN; SAMSAT Kalsel'),
  ).toEqual([]);
  expect(rules('Kelompok PROVINCE:SAMSAT; IKM 88.50')).toEqual(['code: PROVINCE:SAMSAT', 'code: PROVINCE', 'dot decimal: 88.50']);
  expect(rules('Status DRAFT')).toEqual(['code: DRAFT']);
  expect(routeShape('/registry/units/0b6f1c2e-1d2a-5f3c-9a1b-2c3d4e5f6a7b/edit')).toBe('/registry/units/:id/edit');
  expect(routeShape('/registry/regions/63/63.71')).toBe('/registry/regions/:id/:id');
});
