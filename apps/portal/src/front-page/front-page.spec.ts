/// <reference types="node" />
// The page is index.html's own markup, read from disk as the build reads it (jest runs on Node).
// eslint-disable-next-line no-restricted-imports
import fs from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import path from 'node:path';
import { fireEvent, screen, within } from '@testing-library/dom';
import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { IKM, IKM_MAP, IPP, KIPP, MPP, NO_OMBUDSMAN, OMBUDSMAN } from './public-figures.fixtures';
import { FRONT_MESSAGES_EN } from '../public/front-door-messages.en';
import { json, requestBody } from '../testing/fake-network';
import { mountFrontPage } from './front-page';

// The front door's own page without the portal: the markup is index.html's, the network answers the
// portal's public queries by operation name, choices are made with fireEvent (no timing).

const MARKUP = fs.readFileSync(path.join(__dirname, 'index.html'), 'utf8');
const ANSWERS: Record<string, unknown> = {
  PublicIppByProvince: IPP,
  PublicIkmDistribution: IKM,
  PublicIkmByProvince: IKM_MAP,
  PublicMallGrowth: MPP,
  PublicKippAwards: KIPP,
  PublicOmbudsmanZones: OMBUDSMAN,
};

type Answer = (operation: string) => { data?: unknown; errors?: unknown[] } | 'offline';

function network(answer: Answer = (operation) => ({ data: ANSWERS[operation] })) {
  const asked: string[] = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    const { query } = requestBody<{ query: string }>(init);
    const operation = /query (\w+)/.exec(query)?.[1] ?? '';
    asked.push(`${url} ${operation}`);
    const body = answer(operation);
    if (body === 'offline') throw new TypeError('Failed to fetch');
    return json(body);
  }) as typeof fetch;
  return { fetcher, asked };
}

function mount(answer?: Answer) {
  const parsed = new DOMParser().parseFromString(MARKUP, 'text/html');
  document.documentElement.lang = 'id';
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  const { fetcher, asked } = network(answer);
  const { ready } = mountFrontPage({
    page: document,
    fetch: fetcher,
    storage: window.localStorage,
    english: () => Promise.resolve(FRONT_MESSAGES_EN),
  });
  return { ready, asked };
}

const region = (name: string) => screen.getByRole('region', { name });

/** Opens a figure's table as a person does (its summary), and waits for its rows: they are built on opening. */
async function openTable(panel: HTMLElement): Promise<HTMLElement> {
  fireEvent.click(within(panel).getByText(/^(Lihat tabel|Show table): /));
  return within(panel).findByRole('table');
}

beforeEach(() => window.localStorage.clear());

describe('the front door’s own page', () => {
  it('paints the catalogue’s own words before its script runs: the script changes no text of the Indonesian page', async () => {
    const parsed = new DOMParser().parseFromString(MARKUP, 'text/html');
    document.body.innerHTML = parsed.body.innerHTML;
    // Every element the page names that holds words (the figures' slots are filled later), and the open list's links.
    const words = [...document.querySelectorAll<HTMLElement>('[id^="fd-"]:not(.fd-slot):not(ul)')].map((element) => element.id);
    const wordsOf = () => [
      ...words.map((id) => {
        const element = document.getElementById(id);
        return [id, element?.textContent?.replace(/\s+/g, ' ').trim(), element?.getAttribute('aria-label')];
      }),
      ...[...document.querySelectorAll('#fd-open-list a')].map((link) => [link.getAttribute('href'), link.textContent]),
    ];
    expect(words).toEqual(expect.arrayContaining(['fd-skip', 'fd-title', 'fd-intro', 'fd-open-title', 'fd-national-intro', 'fd-language']));
    const painted = wordsOf();
    const { ready } = mount();
    await ready;
    expect(wordsOf()).toEqual(painted);
  });

  it('says what anyone can see, then the national picture: each figure a chart with its table, its origin and a link on', async () => {
    const { ready, asked } = mount();
    await ready;
    // Each figure asked for once, from the portal's /graphql.
    expect(asked.sort()).toEqual(
      Object.keys(ANSWERS)
        .map((operation) => `/graphql ${operation}`)
        .sort(),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Selamat datang di Simpul' })).toBeTruthy();
    const open = region('Yang dapat dilihat siapa saja, tanpa masuk');
    expect(within(open).getByRole('link', { name: 'Data terbuka untuk diunduh (CSV, JSON, XLSX)' }).getAttribute('href')).toBe('/data');
    expect(screen.getByRole('link', { name: 'Masuk' }).getAttribute('href')).toBe('/sign-in');
    expect(screen.getByRole('search').getAttribute('action')).toBe('/cari');

    const ipp = region('IPP per provinsi dan cohort');
    expect(
      within(ipp).getByRole('img', { name: /rerata IPP 2 provinsi, PEKPPP 2022 \(Pemantauan\); tertinggi Kalimantan Selatan \(4,02\)/ }),
    ).toBeTruthy();
    const kalsel = within(await openTable(ipp))
      .getByRole('rowheader', { name: 'Kalimantan Selatan' })
      .closest('tr') as HTMLElement;
    expect(
      within(kalsel)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4,02', 'A- · Sangat Baik', '1', '–', '4,02 (1)']);
    // One cohort at a time: the chart follows, the choice keeps its focus.
    const cohort = within(ipp).getByRole('combobox', { name: 'Cohort' });
    cohort.focus();
    fireEvent.change(cohort, { target: { value: 'PROVINCE:DPMPTSP' } });
    expect(
      within(region('IPP per provinsi dan cohort')).getByRole('img', {
        name: /rerata IPP 1 provinsi.*tertinggi Kalimantan Tengah \(3,14\)/,
      }),
    ).toBeTruthy();
    expect(document.activeElement?.id).toBe('ipp-cohort');
    expect(within(ipp).getByText('Contoh')).toBeTruthy();
    expect(
      within(region('IPP per provinsi dan cohort'))
        .getByRole('link', { name: 'Hasil dan peringkat PEKPPP 2022 (Pemantauan)' })
        .getAttribute('href'),
    ).toBe('/evaluasi/cycles/cycle-2022/results');

    const ikm = region('Sebaran IKM');
    expect(
      within(await openTable(ikm))
        .getByRole('rowheader', { name: 'B · Baik' })
        .closest('tr')?.textContent,
    ).toBe('B · Baik76,61–88,305');
    expect(within(region('Pertumbuhan MPP per tahun')).getByText(/Sumber: KemenPAN-RB, Siaran pers MPP/)).toBeTruthy();
    expect(within(region('Pemenang KIPP per tahun')).getByRole('link', { name: 'Pemenang KIPP 2023' }).getAttribute('href')).toBe(
      '/kipp/pemenang/2023',
    );
    expect(
      within(await openTable(region('Zona kepatuhan Ombudsman')))
        .getByRole('link', { name: 'Kalimantan Selatan' })
        .getAttribute('href'),
    ).toBe('/evaluasi/ombudsman/provinsi/63');
    expectNoInternalCodes();
    await expectAccessible();
  });

  it('colours the province map by the indicator chosen, its tiles links named as the portal named them', async () => {
    const { ready } = mount();
    await ready;
    const map = region('Peta provinsi');
    expect(within(map).getByRole('link', { name: 'Kalimantan Selatan, KALSEL 4,02' }).getAttribute('href')).toBe(
      '/evaluasi/cycles/cycle-2022/results',
    );
    expect(within(map).getByRole('group', { name: 'Peta kotak 38 provinsi menurut IPP: 2 provinsi memiliki angka' })).toBeTruthy();
    expect(within(within(map).getByRole('list', { name: 'Keterangan warna' })).getByText('4,00–4,49')).toBeTruthy();
    await openTable(map);
    const zones = within(map).getByRole('radio', { name: 'Zona hijau Ombudsman' });
    zones.focus();
    fireEvent.click(zones);
    const redrawn = region('Peta provinsi');
    expect(within(redrawn).getByRole('link', { name: 'Kalimantan Selatan, KALSEL 38%' }).getAttribute('href')).toBe(
      '/evaluasi/ombudsman/provinsi/63',
    );
    // The table the person opened stays open through the redraw, now with the zones' figures.
    expect((await within(redrawn).findByRole('rowheader', { name: 'Kalimantan Selatan' })).closest('tr')?.textContent).toContain(
      '38% (5 dari 13 instansi)',
    );
    // The radio keeps the keyboard's place after the redraw.
    expect((document.activeElement as HTMLInputElement).value).toBe('OMBUDSMAN');
    fireEvent.click(within(redrawn).getByRole('radio', { name: 'Jumlah MPP' }));
    expect(within(region('Peta provinsi')).getByRole('link', { name: 'Kalimantan Selatan, KALSEL 3' }).getAttribute('href')).toBe(
      '/mpp/malls',
    );
    expect(within(region('Peta provinsi')).queryByRole('link', { name: /^Kalimantan Tengah,/ })).toBeNull();
  });

  it('says in words when a figure has nothing yet, and lets a failed one be asked again', async () => {
    let kippDown = true;
    const { ready } = mount((operation) => {
      if (operation === 'PublicOmbudsmanZones') return { data: NO_OMBUDSMAN };
      if (operation === 'PublicKippAwards' && kippDown) return 'offline';
      return { data: ANSWERS[operation] };
    });
    await ready;
    expect(within(region('Zona kepatuhan Ombudsman')).getByText(/Belum ada data Ombudsman/)).toBeTruthy();
    const kipp = region('Pemenang KIPP per tahun');
    expect(within(kipp).getByRole('alert').textContent).toContain('Pemenang KIPP per tahun tidak dapat dimuat');
    kippDown = false;
    fireEvent.click(within(kipp).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('link', { name: 'Pemenang KIPP 2023' })).toBeTruthy();
    expect(within(region('Pemenang KIPP per tahun')).queryByRole('alert')).toBeNull();
  });

  it('says a server failure in the page’s words, never the server’s own text', async () => {
    const { ready } = mount((operation) =>
      operation === 'PublicKippAwards'
        ? { data: null, errors: [{ message: 'connect ECONNREFUSED 10.0.0.7:5432', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
        : { data: ANSWERS[operation] },
    );
    await ready;
    const alert = within(region('Pemenang KIPP per tahun')).getByRole('alert');
    expect(alert.textContent).toContain('Terjadi kesalahan pada server. Coba lagi nanti.');
    expect(alert.textContent).not.toContain('ECONNREFUSED');
    expectNoInternalCodes();
  });

  it('speaks English when switched, and remembers it for the portal', async () => {
    const { ready } = mount();
    await ready;
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Simpul' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('simpul.language')).toBe('en');
    const ipp = region('IPP by province and cohort');
    expect(
      within(await openTable(ipp))
        .getByRole('rowheader', { name: 'Kalimantan Selatan' })
        .closest('tr')?.textContent,
    ).toContain('A- · Very good');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).getAttribute('lang')).toBe('id');
    await expectAccessible();
  });
});
