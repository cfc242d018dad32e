import { GraphQLError, parse } from 'graphql';
import { formatSubgraphError, simpulErrorOf } from './format-error';
import { argumentScanOf, isStorableText, unstorableArgument } from './text-input';

describe('text PostgreSQL cannot store', () => {
  it('is a NUL character or a lone surrogate; a pair (an emoji) is fine', () => {
    expect(isStorableText('Layanan 🚗 ok')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\uD83Db')).toBe(false);
    expect(isStorableText('a\uDE97')).toBe(false);
  });

  it('is found by its field: in a variable under the argument it is passed as, or inline', () => {
    const document = parse('mutation($i: In!, $tags: [String!]) { save(input: $i, tags: $tags, note: "ok") { id } }');
    expect(unstorableArgument(document, { i: { name: 'ok', rows: [{ text: 'x\u0000' }] } })).toBe('input.rows.0.text');
    expect(unstorableArgument(document, { i: { name: 'ok' }, tags: ['a', 'b\u0000'] })).toBe('tags.1');
    expect(unstorableArgument(document, { i: { name: 'ok' } })).toBeNull();
    expect(unstorableArgument(parse('{ find(filter: { search: "a\\u0000" }) { id } }'))).toBe('filter.search');
  });

  it('walks a parsed document once, however many requests (each with its variables) it serves', () => {
    const document = parse('mutation($i: In!) { save(input: $i, note: "a\\u0000") { id } }');
    const scan = argumentScanOf(document);
    expect(scan).toEqual({ variablePaths: new Map([['i', 'input']]), inline: 'note' });
    expect(unstorableArgument(document, { i: { name: 'ok' } })).toBe('note');
    expect(argumentScanOf(document)).toBe(scan);
    // The same query text parsed again is another document: scanned on its own, with the same result.
    expect(argumentScanOf(parse('mutation($i: In!) { save(input: $i, note: "a\\u0000") { id } }'))).not.toBe(scan);
  });

  it("maps PostgreSQL's 22021 and 22P05 to BAD_USER_INPUT without the SQL", () => {
    for (const code of ['22021', '22P05']) {
      const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code });
      const queryFailed = Object.assign(new Error(driverError.message), { driverError, query: 'INSERT INTO registry.services …' });
      const error = new GraphQLError(queryFailed.message, { originalError: queryFailed, path: ['createService'] });
      expect(simpulErrorOf(error)?.code).toBe('BAD_USER_INPUT');
      const formatted = formatSubgraphError(error.toJSON(), error);
      expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messages: { id: expect.stringContaining('karakter NUL') } });
      expect(JSON.stringify(formatted)).not.toContain('INSERT');
    }
  });
});
