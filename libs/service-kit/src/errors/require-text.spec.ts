import { PageArgs, pageSize } from '../graphql/page-args';
import { requireText } from './require-text';
import { SimpulError } from './simpul-error';

describe('requireText', () => {
  it('gives the trimmed text', () => {
    expect(requireText('  alasan  ', 'input.reason', 'A reason.', 'Alasan.')).toBe('alasan');
  });

  it('refuses empty text as BAD_USER_INPUT on the field, with the given words', () => {
    for (const value of [null, undefined, '', '   ']) {
      const error = (() => {
        try {
          requireText(value, 'input.reason', 'A reason is needed.', 'Alasan wajib diisi.');
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(SimpulError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason', messages: { en: 'A reason is needed.', id: 'Alasan wajib diisi.' } });
    }
  });
});

describe('pageSize', () => {
  it('is 20 by default and first when it is 1–100', () => {
    expect(pageSize(new PageArgs())).toBe(20);
    expect(pageSize({ first: 100 })).toBe(100);
  });

  it('refuses other sizes on first', () => {
    expect(() => pageSize({ first: 0 })).toThrow(SimpulError);
    expect(() => pageSize({ first: 101 })).toThrow(SimpulError);
  });
});
