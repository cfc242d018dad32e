import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectNoInternalCodes } from '@simpul/ui/testing';
import { innovation, innovationDetail } from '../testing/fixtures';
import { connection, renderKipp } from '../testing/render-kipp';
import { reply } from '../testing/reply';

const FILTERS = reply('KippCatalogueFilters', {
  competitions: connection([{ id: 'c-2023', year: 2023, categories: ['Kesehatan', 'Pelayanan Publik'] }]),
  provinces: [{ code: '63', name: 'Kalimantan Selatan' }],
});

function catalogue(total = 2, hasNextPage = false) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'KippCatalogueFilters') return FILTERS;
    if (operation === 'KippInnovations') {
      const items = variables['after']
        ? [innovation({ id: 'inv-3', title: 'Halaman Dua' })]
        : [innovation(), innovation({ id: 'inv-2', title: 'Posyandu Digital', award: 'TOP99', origin: 'DEMO', source: null })];
      return reply('KippInnovations', { innovations: { ...connection(items, hasNextPage && !variables['after']), totalCount: total } });
    }
    throw new Error(`unexpected ${operation}`);
  };
}

describe('innovation catalogue', () => {
  it('is public: the signed-out reader sees results and the announced count, with no work panel', async () => {
    renderKipp('/kipp', catalogue(), { user: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Katalog inovasi pelayanan publik' })).toBeTruthy();
    expect(await screen.findByText('2 inovasi ditemukan')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Samsat Keliling Desa' }).getAttribute('href')).toBe('/kipp/inovasi/inv-1');
    expect(screen.queryByText('Buka kompetisi')).toBeNull();
    expect(document.body.textContent).not.toMatch(/kipp\.[a-z]/);
    // Honest data (#11 §7): an official award names its decree; a demo row says it is demo.
    expect(screen.getByRole('link', { name: 'Samsat Keliling Desa' }).closest('tr')?.textContent).toContain(
      'ResmiSumber: Keputusan Menteri PANRB 1035/2023',
    );
    expect(screen.getByRole('link', { name: 'Posyandu Digital' }).closest('tr')?.textContent).toMatch(/Contoh$/);
    expectNoInternalCodes();
  });

  it('reads in English: awards, categories and origins in words, no internal codes (#12 item 14)', async () => {
    renderKipp('/kipp', catalogue(), { user: null, language: 'en' });
    await screen.findByRole('link', { name: 'Posyandu Digital' });
    expect(screen.getByText('Demo')).toBeTruthy();
    expectNoInternalCodes();
  });

  it('searches once typing pauses, not on every key, and sends the filters', async () => {
    const { calls } = renderKipp('/kipp', catalogue(), { user: null });
    await screen.findByText('2 inovasi ditemukan');
    await screen.findByRole('option', { name: 'Kalimantan Selatan' });
    await userEvent.type(screen.getByLabelText('Cari inovasi'), 'perizinan', { delay: null });
    await userEvent.selectOptions(screen.getByLabelText('Provinsi'), '63');
    await userEvent.selectOptions(screen.getByLabelText('Penghargaan'), 'TOP45');
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'KippInnovations').at(-1)?.variables).toEqual({
        filter: { search: 'perizinan', year: null, category: null, regionCode: '63', agencyType: null, award: 'TOP45' },
        first: 20,
        after: null,
      }),
    );
    const searches = calls
      .filter((c) => c.operation === 'KippInnovations')
      .map((c) => (c.variables['filter'] as { search: string | null }).search);
    // Never a request per letter: only the empty first load and the settled word.
    expect(searches.filter((s) => s && s !== 'perizinan')).toEqual([]);
  });

  it('pages forward with the end cursor and back again', async () => {
    const { calls } = renderKipp('/kipp', catalogue(21, true), { user: null });
    await screen.findByText('21 inovasi ditemukan');
    await userEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(await screen.findByRole('link', { name: 'Halaman Dua' })).toBeTruthy();
    expect(calls.filter((c) => c.operation === 'KippInnovations').at(-1)?.variables['after']).toBe('c2');
    await userEvent.click(screen.getByRole('button', { name: /Sebelumnya/ }));
    expect(await screen.findByRole('link', { name: 'Samsat Keliling Desa' })).toBeTruthy();
  });

  it('shows the signed-in admin a link to the competitions', async () => {
    renderKipp('/kipp', catalogue());
    expect((await screen.findByRole('link', { name: 'Buka kompetisi' })).getAttribute('href')).toBe('/kipp/kompetisi');
  });
});

describe('innovation page', () => {
  it('shows the history across competitions and the replication links both ways', async () => {
    renderKipp(
      '/kipp/inovasi/inv-1',
      (operation) => (operation === 'KippInnovation' ? reply('KippInnovation', { innovation: innovationDetail() }) : undefined),
      { user: null },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Samsat Keliling Desa' })).toBeTruthy();
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['2021UmumiTop 99', '2023Umum✓Top 45']);
    expect(screen.getByText('Inovasi ini bukan replikasi inovasi lain.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Samsat Desa Kapuas' }).getAttribute('href')).toBe('/kipp/inovasi/inv-2');
    expect(screen.getByText('Masih berjalan')).toBeTruthy();
    expect(screen.getByText('Sumber: Keputusan Menteri PANRB 1035/2023')).toBeTruthy();
  });

  it('links a replication to the innovation it replicates', async () => {
    const copy = innovationDetail({
      id: 'inv-2',
      title: 'Samsat Desa Kapuas',
      group: 'REPLIKASI',
      status: 'STOPPED',
      statusReason: 'Anggaran dialihkan',
      replicates: {
        id: 'inv-1',
        title: 'Samsat Keliling Desa',
        agency: { id: 'pemprov-63', name: 'Pemerintah Provinsi Kalimantan Selatan' },
      },
      replicatedBy: connection([]),
    });
    renderKipp('/kipp/inovasi/inv-2', () => reply('KippInnovation', { innovation: copy }), { user: null, language: 'en' });
    expect(await screen.findByRole('link', { name: 'Samsat Keliling Desa' })).toBeTruthy();
    expect(screen.getByText('Stopped')).toBeTruthy();
    expect(screen.getByText('Anggaran dialihkan')).toBeTruthy();
    expect(screen.getByText('No innovation replicates this one yet')).toBeTruthy();
    expect(screen.getByText('Official')).toBeTruthy();
    expect(screen.getByText('Keputusan Menteri PANRB 1035/2023').getAttribute('lang')).toBe('id');
    expectNoInternalCodes();
  });
});
