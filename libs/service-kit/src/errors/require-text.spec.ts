import { PageArgs, pageSize } from '../graphql/page-args';
import { optionalText, requireText } from './require-text';
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
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.reason',
        messages: { en: 'A reason is needed.', id: 'Alasan wajib diisi.' },
      });
    }
  });

  it('accepts text up to maxLength after trimming and refuses longer text on the field, saying the limit', () => {
    expect(requireText(`  ${'a'.repeat(5)}  `, 'title', 'A title.', 'Judul.', { maxLength: 5 })).toBe('aaaaa');
    expect(() => requireText('a'.repeat(6), 'title', 'A title.', 'Judul.', { maxLength: 5 })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'title',
        messages: { en: 'Write at most 5 characters (this is 6).', id: 'Tulis paling banyak 5 karakter (ini 6).' },
      }),
    );
  });
});

describe('optionalText', () => {
  it('gives the trimmed text, or null when it is empty', () => {
    expect(optionalText('  catatan  ')).toBe('catatan');
    for (const value of [null, undefined, '', '   ']) expect(optionalText(value)).toBeNull();
  });

  it('refuses text longer than maxLength on the field, as requireText does', () => {
    expect(optionalText(`  ${'a'.repeat(5)}  `, 'note', { maxLength: 5 })).toBe('aaaaa');
    expect(optionalText('   ', 'note', { maxLength: 5 })).toBeNull();
    expect(() => optionalText('a'.repeat(6), 'note', { maxLength: 5 })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'note',
        messages: { en: 'Write at most 5 characters (this is 6).', id: 'Tulis paling banyak 5 karakter (ini 6).' },
      }),
    );
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
