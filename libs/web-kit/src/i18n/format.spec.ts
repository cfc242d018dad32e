import { registerMessages, translate } from './catalogue';
import { formatDate, formatNumber } from './format';

describe('Indonesian formats', () => {
  it('writes decimals with a comma in Indonesian: 4,02', () => {
    expect(formatNumber(4.02, 'id', 2)).toBe('4,02');
    expect(formatNumber(4.02, 'en', 2)).toBe('4.02');
  });

  it('groups thousands with a dot in Indonesian', () => {
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
  });

  it('writes dates as 23 November 2026', () => {
    expect(formatDate('2026-11-23T10:00:00Z', 'id')).toBe('23 November 2026');
    expect(formatDate('2026-08-17T10:00:00Z', 'id')).toBe('17 Agustus 2026');
    expect(formatDate('2026-08-17T10:00:00Z', 'en')).toBe('17 August 2026');
  });

  it('keeps the Jakarta date for a time late in the UTC day', () => {
    expect(formatDate('2026-11-22T20:00:00Z', 'id')).toBe('23 November 2026');
  });
});

describe('message catalogues', () => {
  registerMessages('test', { id: { hello: 'Halo, {name}', onlyId: 'Hanya' }, en: { hello: 'Hello, {name}' } });

  it('translates with parameters in the chosen language', () => {
    expect(translate('id', 'test', 'hello', { name: 'Sari' })).toBe('Halo, Sari');
    expect(translate('en', 'test', 'hello', { name: 'Sari' })).toBe('Hello, Sari');
  });

  it('falls back to Bahasa Indonesia, then to the key', () => {
    expect(translate('en', 'test', 'onlyId')).toBe('Hanya');
    expect(translate('en', 'test', 'missing')).toBe('test.missing');
  });
});
