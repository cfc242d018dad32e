import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';

describe('the ranked search cursor', () => {
  const id = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';

  it('gives back exactly the keyset it was made from, the rank as PostgreSQL wrote it', () => {
    const cursor = { rank: '0.0607927', latestYear: 2023, id };
    expect(decodeSearchCursor(encodeSearchCursor(cursor))).toEqual(cursor);
    expect(decodeSearchCursor(null)).toBeNull();
    expect(decodeSearchCursor('')).toBeNull();
  });

  it('a cursor that is not a search keyset is BAD_USER_INPUT on after', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      'not-base64-json',
      encode([5, id]),
      encode(['r', 'abc', 2023, id]),
      encode(['r', '0.5', 2023.5, id]),
      encode(['r', '0.5', 2023, 'x']),
      encode(['o', '0.5', 2023, id]),
    ]) {
      expect(() => decodeSearchCursor(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
      );
    }
  });
});
