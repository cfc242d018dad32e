import { decodeCursor, encodeCursor, sliceConnection, validateFirst } from './pagination';
import { SimpulError } from '../errors/simpul-error';

describe('pagination', () => {
  it('round-trips a keyset cursor', () => {
    expect(decodeCursor(encodeCursor('SAMSAT Kalimantan Selatan', 'a-id'))).toEqual(['SAMSAT Kalimantan Selatan', 'a-id']);
    expect(decodeCursor(encodeCursor(42, 'b'))).toEqual([42, 'b']);
  });

  it.each(['', 'garbage', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuses the cursor %p on `after`',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
    },
  );

  it.each([1, 20, 100])('accepts first = %p', (first) => expect(validateFirst(first)).toBe(first));
  it('defaults first to 20', () => expect(validateFirst(undefined)).toBe(20));
  it.each([0, 101, -5, 1.5])('refuses first = %p on `first`', (first) => {
    let error: unknown;
    try {
      validateFirst(first);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimpulError);
    expect((error as SimpulError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      messages: { id: expect.any(String), en: expect.any(String) },
    });
  });
});

describe('sliceConnection', () => {
  const letters = ['a', 'b', 'c', 'd', 'e'];
  const cursorOf = (letter: string) => `cur-${letter}`;

  it('gives the first page with a next page to come', () => {
    const page = sliceConnection(letters, 0, 2, cursorOf);
    expect(page.edges).toEqual([
      { cursor: 'cur-a', node: 'a' },
      { cursor: 'cur-b', node: 'b' },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'cur-a', endCursor: 'cur-b' });
    expect(page.totalCount).toBe(5);
  });

  it('gives the last page with nothing after it', () => {
    const page = sliceConnection(letters, 4, 2, cursorOf);
    expect(page.edges.map((edge) => edge.node)).toEqual(['e']);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: 'cur-e', endCursor: 'cur-e' });
  });

  it('gives an empty page past the end', () => {
    expect(sliceConnection(letters, 5, 2, cursorOf).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
