import { expectMatchingCatalogues } from '@simpul/ui/testing';
import { OMBUDSMAN_MESSAGES } from './ombudsman-messages';

describe('the Ombudsman pages’ texts', () => {
  it('have the same keys and placeholders in Bahasa Indonesia and English, none empty', () => expectMatchingCatalogues(OMBUDSMAN_MESSAGES));

  it('name every zone, method and dimension in words', () => {
    const keys = [
      ...['HIJAU', 'KUNING', 'MERAH'].map((zone) => `zone.${zone}`),
      ...['KEPATUHAN_2015', 'OPINI_2022', 'OPINI_2025'].map((method) => `method.${method}`),
      ...['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN'].map((dimension) => `dimension.${dimension}`),
      ...['OFFICIAL', 'DEMO'].map((origin) => `record.origin.${origin}`),
    ];
    expect(keys.filter((key) => !(key in OMBUDSMAN_MESSAGES.id) || !(key in OMBUDSMAN_MESSAGES.en))).toEqual([]);
  });
});
