import { gql, useQuery, useSession } from '@simpul/web-kit';
import { fireEvent, screen } from '@testing-library/react';
import { Link } from 'react-router';
import { connection, expectMatchingCatalogues, gqlError, renderRemote } from './render-remote';

const HELLO = gql<{ hello: string }, { who: string }>`
  query Hello($who: String!) {
    hello(who: $who)
  }
`;

function Probe({ basePath }: { basePath: string }) {
  const { user } = useSession();
  const hello = useQuery(HELLO, { who: 'dunia' });
  return (
    <>
      <p>
        {user ? `signed in as ${user.email}` : 'public'} at {basePath}
      </p>
      <p>{hello.data?.hello ?? '…'}</p>
      <Link to="/elsewhere">leave</Link>
    </>
  );
}

describe('renderRemote', () => {
  it('mounts the remote at its base path with the signed-in person', async () => {
    const { calls } = renderRemote({
      App: Probe,
      basePath: '/probe',
      path: '/probe/x',
      user: { id: 'u', email: 'a@simpul.test', displayName: 'A', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null },
      resolve: (operation, variables) => ({ data: { hello: `${operation} ${String(variables.who)}` } }),
    });
    expect(await screen.findByText('signed in as a@simpul.test at /probe')).toBeTruthy();
    expect(await screen.findByText('Hello dunia')).toBeTruthy();
    expect(calls).toContainEqual({ operation: 'Hello', variables: { who: 'dunia' } });
    expect(screen.getByTestId('location').textContent).toBe('/probe/x');
  });

  it('shows where a link leading out of the remote went', async () => {
    renderRemote({ App: Probe, basePath: '/probe', path: '/probe', resolve: () => ({ data: { hello: 'hi' } }), user: null });
    fireEvent.click(await screen.findByText('leave'));
    expect(await screen.findByText('outside the remote')).toBeTruthy();
  });

  it('shows the public when no one is signed in', async () => {
    renderRemote({ App: Probe, basePath: '/probe', path: '/probe', resolve: () => ({ data: { hello: 'hi' } }), user: null });
    expect(await screen.findByText('public at /probe')).toBeTruthy();
  });
});

describe('response shapes', () => {
  it('builds a connection with cursors and page info', () => {
    expect(connection(['a', 'b'], true)).toEqual({
      totalCount: 2,
      pageInfo: { hasNextPage: true, endCursor: 'c2' },
      edges: [
        { cursor: 'c1', node: 'a' },
        { cursor: 'c2', node: 'b' },
      ],
    });
  });

  it('builds an error with its code, field and both languages', () => {
    expect(gqlError('BAD_USER_INPUT', 'name', 'Nama wajib diisi.', 'Name is required.').errors[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      messages: { id: 'Nama wajib diisi.', en: 'Name is required.' },
    });
  });
});

describe('expectMatchingCatalogues', () => {
  it('passes catalogues with the same keys and placeholders', () => {
    expect(() => expectMatchingCatalogues({ id: { hi: 'Halo {name}' }, en: { hi: 'Hello {name}' } })).not.toThrow();
  });

  it.each([
    ['a key only in one language', { id: { a: 'A', b: 'B' }, en: { a: 'A' } }],
    ['an empty text', { id: { a: ' ' }, en: { a: 'A' } }],
    ['different placeholders', { id: { a: 'Halo {name}' }, en: { a: 'Hello {nama}' } }],
  ])('fails on %s', (_case, messages) => {
    expect(() => expectMatchingCatalogues(messages)).toThrow();
  });
});
