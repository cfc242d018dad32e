import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SearchHitKind, SiteSearchQuery } from '../__generated__/operations';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';

const load = jest.fn(() => Promise.resolve(() => null));

type Hit = SiteSearchQuery['search']['edges'][number]['node'];
const hit = (kind: SearchHitKind, id: string, title: string, subtitle: string | null = null): Hit => ({
  kind,
  id,
  title,
  subtitle,
  url: `/x/${id}`,
});

const HITS: Hit[] = [
  hit('SERVICE_UNIT', 'u1', 'SAMSAT Kalimantan Selatan', 'Pemerintah Provinsi Kalimantan Selatan · Kalimantan Selatan'),
  hit('SERVICE', 's1', 'Pembayaran PKB Tahunan', 'SAMSAT Kalimantan Selatan · Kalimantan Selatan'),
  hit('SERVICE_UNIT', 'u2', 'SAMSAT Keliling Banjarmasin'),
  hit('INNOVATION', 'i1', 'SAMSAT Drive Thru 24 Jam'),
  hit('SERVICE', 's2', 'Pengesahan STNK'),
];
const FACETS = [
  { kind: 'SERVICE_UNIT' as const, count: 2 },
  { kind: 'SERVICE' as const, count: 2 },
  { kind: 'INNOVATION' as const, count: 1 },
];

/** A registry answering `search` from HITS, two per page, filtered by kinds as the real one is. */
function registry(options: { corrected?: string | null; error?: boolean } = {}) {
  return graphqlNetwork({
    SiteSearch: (variables) => {
      if (options.error) {
        return {
          data: null,
          errors: [
            {
              message: 'Write at most 200 characters (this is 201).',
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'text',
                messages: { id: 'Tulis paling banyak 200 karakter (ini 201).', en: 'Write at most 200 characters (this is 201).' },
              },
            },
          ],
        };
      }
      const kinds = variables.kinds as SearchHitKind[] | null;
      const matching = HITS.filter((node) => !kinds || kinds.includes(node.kind));
      const offset = variables.after ? Number(variables.after) + 1 : 0;
      const page = matching.slice(offset, offset + 2);
      return reply('SiteSearch', {
        search: {
          totalCount: matching.length,
          correctedText: options.corrected ?? null,
          facets: FACETS,
          edges: page.map((node, index) => ({ cursor: String(offset + index), node })),
          pageInfo: { hasNextPage: offset + 2 < matching.length, endCursor: page.length ? String(offset + page.length - 1) : null },
        },
      });
    },
  });
}

describe('/cari: cross-module search (signed out)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('the header box searches with Enter; hits are grouped by kind with their counts, and more pages load on request', async () => {
    const net = registry();
    const { history } = renderPortal({ path: '/', load, fetchImpl: net.fetchImpl });
    const box = await screen.findByRole('searchbox', { name: 'Cari di Simpul' });
    await userEvent.type(box, 'samsat kalsel{Enter}');
    expect(history.location.pathname).toBe('/cari');
    expect(new URLSearchParams(history.location.search).get('q')).toBe('samsat kalsel');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hasil pencarian “samsat kalsel”' })).toBeTruthy();
    expect(net.named('SiteSearch')[0].variables).toMatchObject({ text: 'samsat kalsel', first: 20, kinds: null, after: null });
    const units = screen.getByRole('region', { name: 'Unit layanan' });
    expect(within(units).getByRole('link', { name: 'SAMSAT Kalimantan Selatan' }).getAttribute('href')).toBe('/x/u1');
    expect(within(units).getByText('2 hasil')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Jenis layanan' })).toBeTruthy();
    expect(screen.getByText('Menampilkan 2 dari 5 hasil')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan lebih banyak' }));
    expect(await within(units).findByRole('link', { name: 'SAMSAT Keliling Banjarmasin' })).toBeTruthy();
    expect(net.named('SiteSearch').at(-1)!.variables).toMatchObject({ after: '1' });
    expect(screen.getByRole('region', { name: 'Inovasi KIPP' })).toBeTruthy();
    expectNoInternalCodes();
    await expectAccessible();
  });

  it('the kind filters are links with counts; choosing one asks only for that kind and marks it current', async () => {
    const net = registry();
    const { history } = renderPortal({ path: '/cari?q=samsat', load, fetchImpl: net.fetchImpl });
    const filters = await screen.findByRole('navigation', { name: 'Saring menurut jenis' });
    expect(within(filters).getByRole('link', { name: 'Semua (5)' }).getAttribute('aria-current')).toBe('page');
    const innovations = within(filters).getByRole('link', { name: 'Inovasi KIPP (1)' });
    innovations.focus();
    await userEvent.keyboard('{Enter}');
    expect(new URLSearchParams(history.location.search).get('jenis')).toBe('INNOVATION');
    expect(await screen.findByRole('link', { name: 'SAMSAT Drive Thru 24 Jam' })).toBeTruthy();
    expect(net.named('SiteSearch').at(-1)!.variables).toMatchObject({ text: 'samsat', kinds: ['INNOVATION'] });
    expect(within(filters).getByRole('link', { name: 'Inovasi KIPP (1)' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('region', { name: 'Unit layanan' })).toBeNull();
  });

  it('in English, says which corrected text it searched', async () => {
    renderPortal({ path: '/cari?q=banjarmsin', load, fetchImpl: registry({ corrected: 'banjarmasin' }).fetchImpl, language: 'en' });
    expect(await screen.findByText('Showing results for “banjarmasin”.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Search results for “banjarmsin”' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Service units' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All (5)' })).toBeTruthy();
  });

  it('shows the registry’s refusal in the person’s language', async () => {
    renderPortal({ path: `/cari?q=${'x'.repeat(201)}`, load, fetchImpl: registry({ error: true }).fetchImpl });
    expect(await screen.findByText('Tulis paling banyak 200 karakter (ini 201).')).toBeTruthy();
  });

  it('without text it asks what to look for and sends nothing', async () => {
    const net = registry();
    renderPortal({ path: '/cari', load, fetchImpl: net.fetchImpl });
    expect(await screen.findByText(/Tulis nama unit layanan/)).toBeTruthy();
    expect(net.named('SiteSearch')).toHaveLength(0);
  });
});
