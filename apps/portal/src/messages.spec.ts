import { MESSAGES } from './messages';

describe('message catalogues', () => {
  it('has every text in Bahasa Indonesia and in English', () => {
    const idKeys = Object.keys(MESSAGES.id).sort();
    const enKeys = Object.keys(MESSAGES.en).sort();
    expect(idKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !idKeys.includes(key))).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
    const differing = Object.keys(MESSAGES.id).filter((key) => placeholders(MESSAGES.id[key]) !== placeholders(MESSAGES.en[key] ?? ''));
    expect(differing).toEqual([]);
  });
});
