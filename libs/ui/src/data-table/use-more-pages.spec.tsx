import { gql, I18nProvider, SessionProvider } from '@simpul/web-kit';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { connection, graphqlFetch } from '../testing/render-remote';
import { useMorePages } from './use-more-pages';

const ITEMS = gql<{ items: ReturnType<typeof connection<{ id: string }>> }, { filter: string; first: number; after?: string | null }>`
  query Items($filter: String, $first: Int, $after: String) {
    items(filter: $filter, first: $first, after: $after) {
      totalCount
    }
  }
`;

function List() {
  const [filter, setFilter] = useState('a');
  const pages = useMorePages(ITEMS, { filter, first: 2 }, (data) => data.items);
  return (
    <div>
      <p data-testid="items">{pages.items.map((item) => item.id).join(',')}</p>
      <p data-testid="total">{pages.totalCount ?? ''}</p>
      {pages.hasMore && <button onClick={pages.loadMore}>more</button>}
      <button onClick={() => setFilter('b')}>filter b</button>
    </div>
  );
}

describe('useMorePages', () => {
  it('appends each next page after the last cursor, and starts again for new variables', async () => {
    const { fetchImpl, calls } = graphqlFetch((_operation, variables) => {
      const prefix = String(variables['filter']);
      if (!variables['after'])
        return {
          data: {
            items: {
              ...connection([{ id: `${prefix}1` }, { id: `${prefix}2` }], true, 3),
              pageInfo: { hasNextPage: true, endCursor: 'c2' },
            },
          },
        };
      return { data: { items: connection([{ id: `${prefix}3` }], false, 3) } };
    }, null);
    render(
      <I18nProvider initialLanguage="id">
        <SessionProvider fetchImpl={fetchImpl}>
          <List />
        </SessionProvider>
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('items').textContent).toBe('a1,a2'));
    fireEvent.click(screen.getByRole('button', { name: 'more' }));
    await waitFor(() => expect(screen.getByTestId('items').textContent).toBe('a1,a2,a3'));
    expect(screen.queryByRole('button', { name: 'more' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'filter b' })));
    await waitFor(() => expect(screen.getByTestId('items').textContent).toBe('b1,b2'));
    expect(calls.map((c) => [c.variables['filter'], c.variables['after']])).toEqual([
      ['a', null],
      ['a', 'c2'],
      ['b', null],
    ]);
  });
});
