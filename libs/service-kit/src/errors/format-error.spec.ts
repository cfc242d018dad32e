import { GraphQLError } from 'graphql';
import { formatSubgraphError } from './format-error';
import { badUserInput } from './simpul-error';

// Apollo hands formatError the formatted error and the original; resolver errors arrive wrapped in a GraphQLError.
function wrap(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['field'] });
}

describe('formatSubgraphError', () => {
  it('keeps code, field and both messages of a SimpulError, with English as message', () => {
    const error = wrap(badUserInput('input.name', 'The name must not be empty.', 'Nama wajib diisi.'));
    expect(formatSubgraphError(error.toJSON(), error)).toEqual({
      message: 'The name must not be empty.',
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name', messages: { en: 'The name must not be empty.', id: 'Nama wajib diisi.' } },
    });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR', () => {
    const error = wrap(new Error('relation "registry.secret_table" does not exist'));
    const formatted = formatSubgraphError(error.toJSON(), error);
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(formatted)).not.toContain('secret_table');
  });

  it('maps GraphQL validation failures to BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatSubgraphError(error.toJSON(), error).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
