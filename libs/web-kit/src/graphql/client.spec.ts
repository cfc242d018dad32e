import { jsonResponse } from '../testing/json-response';
import { createGraphQLClient } from './client';
import { fieldErrors, GraphQLRequestError } from './client-error';
import { gql } from './gql';

const UNIT = gql<{ serviceUnit: { id: string } | null }, { id: string }>`
  query Unit($id: ID!) {
    serviceUnit(id: $id) {
      id
    }
  }
`;

function respond(body: unknown, status = 200): typeof fetch {
  return jest.fn(async () => jsonResponse(body, status));
}

describe('GraphQL client', () => {
  it('sends the bearer token, the language and the variables', async () => {
    const fetchMock = respond({ data: { serviceUnit: { id: 'u1' } } });
    const client = createGraphQLClient({ fetch: fetchMock, getToken: () => 'tok', getLanguage: () => 'en' });
    await expect(client.request(UNIT, { id: 'u1' })).resolves.toEqual({ serviceUnit: { id: 'u1' } });
    const [url, init] = (fetchMock as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.headers).toMatchObject({ authorization: 'Bearer tok', 'accept-language': 'en' });
    expect(JSON.parse(init.body as string)).toEqual({
      query: 'query Unit($id: ID!) { serviceUnit(id: $id) { id } }',
      variables: { id: 'u1' },
    });
  });

  it("sends a request's extra headers beside the bearer token, which they cannot replace", async () => {
    const fetchMock = respond({ data: { serviceUnit: null } });
    const client = createGraphQLClient({ fetch: fetchMock, getToken: () => 'tok', getLanguage: () => 'id' });
    await client.request(UNIT, { id: 'x' }, undefined, { headers: { 'x-simpul-plugin-token': 'plug', authorization: 'Bearer forged' } });
    const [, init] = (fetchMock as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect(init.headers).toMatchObject({ authorization: 'Bearer tok', 'x-simpul-plugin-token': 'plug' });
  });

  it('sends no authorization header for the public', async () => {
    const fetchMock = respond({ data: { serviceUnit: null } });
    const client = createGraphQLClient({ fetch: fetchMock, getToken: () => null, getLanguage: () => 'id' });
    await client.request(UNIT, { id: 'x' });
    const [, init] = (fetchMock as jest.Mock).mock.calls[0] as [string, RequestInit];
    expect(init.headers).not.toHaveProperty('authorization');
  });

  it('parses errors into code, field and a message in the current language', async () => {
    const fetchMock = respond({
      data: null,
      errors: [
        {
          message: 'Name is required',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.name', messages: { id: 'Nama wajib diisi', en: 'Name is required' } },
        },
        { message: 'SIPPN id taken', extensions: { code: 'BAD_USER_INPUT', field: 'input.externalIds.sippn' } },
      ],
    });
    const client = createGraphQLClient({ fetch: fetchMock, getToken: () => null, getLanguage: () => 'id' });
    const error = await client.request(UNIT, { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    const { errors } = error as GraphQLRequestError;
    expect(errors[0]).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      message: 'Nama wajib diisi',
      messages: { id: 'Nama wajib diisi', en: 'Name is required' },
    });
    expect(errors[1]).toMatchObject({ field: 'input.externalIds.sippn', message: 'SIPPN id taken' });
    expect(fieldErrors(errors)).toEqual({ name: 'Nama wajib diisi', 'externalIds.sippn': 'SIPPN id taken' });
  });

  it('never shows the text of an internal error and treats unknown codes as internal', async () => {
    const fetchMock = respond({ errors: [{ message: 'relation "x" does not exist', extensions: { code: 'SOMETHING_ELSE' } }] }, 500);
    const client = createGraphQLClient({ fetch: fetchMock, getToken: () => null, getLanguage: () => 'en' });
    const error = (await client.request(UNIT, { id: 'x' }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0].code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.errors[0].message).not.toContain('relation');
  });

  it('reports a network failure as one readable error', async () => {
    const client = createGraphQLClient({
      fetch: jest.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
      getToken: () => null,
      getLanguage: () => 'id',
    });
    const error = (await client.request(UNIT, { id: 'x' }).catch((e: unknown) => e)) as GraphQLRequestError;
    expect(error.errors[0].message).toMatch(/Server tidak dapat dihubungi/);
  });

  it('ends the session when a signed-in request is refused as UNAUTHENTICATED', async () => {
    const onUnauthenticated = jest.fn();
    const fetchMock = respond({ errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    const client = createGraphQLClient({ fetch: fetchMock, getToken: () => 'old', getLanguage: () => 'en', onUnauthenticated });
    await expect(client.request(UNIT, { id: 'x' })).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('keeps the session when a request that may be refused for its own credential (a plugin token) is refused', async () => {
    const onUnauthenticated = jest.fn();
    const refreshToken = jest.fn(async () => 'fresh');
    const fetchMock = respond({ errors: [{ message: 'Plugin token expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    const client = createGraphQLClient({
      fetch: fetchMock,
      getToken: () => 'old',
      getLanguage: () => 'en',
      onUnauthenticated,
      refreshToken,
    });
    const error = await client
      .request(UNIT, { id: 'x' }, undefined, { headers: { 'x-simpul-plugin-token': 'p' }, mayEndSession: false })
      .catch((e: unknown) => e);
    expect((error as GraphQLRequestError).has('UNAUTHENTICATED')).toBe(true);
    // The person's token was still renewed and the request tried again with it.
    expect(refreshToken).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
