import { screen, waitFor } from '@testing-library/react';
import { fakeFetch, json, requestBody } from '../testing/fake-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';
import { DEMO_DATA_STORAGE_KEY } from './demo-data-banner';

const load = jest.fn(() => Promise.resolve(() => null));

/** The gateway as the portal meets it: systemStatus answers `demoData`, anything else answers nothing. */
function gateway(demoData: boolean) {
  const operations: string[] = [];
  const fetchImpl = fakeFetch((_url, init) => {
    const { query } = requestBody<{ query: string }>(init);
    const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    operations.push(operation);
    return json(operation === 'SystemStatus' ? reply('SystemStatus', { systemStatus: { demoData } }) : { data: null });
  });
  return { fetchImpl, operations };
}

describe('the "Data contoh" banner', () => {
  beforeEach(() => window.localStorage.clear());

  it('rule: while demo data is loaded every page says its figures are mostly examples, in Indonesian by default', async () => {
    const { fetchImpl, operations } = gateway(true);
    renderPortal({ path: '/', load, fetchImpl });
    const banner = await screen.findByRole('region', { name: 'Pemberitahuan data contoh' });
    expect(banner.textContent).toBe('Data contoh — angka di portal ini sebagian besar contoh, bukan angka resmi.');
    expect(operations).toContain('SystemStatus');
    // It comes before the header, and is remembered for the next load so the page does not jump.
    expect(banner.compareDocumentPosition(screen.getByRole('banner')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(window.localStorage.getItem(DEMO_DATA_STORAGE_KEY)).toBe('true');
  });

  it('says the same in English', async () => {
    const { fetchImpl } = gateway(true);
    renderPortal({ path: '/', load, fetchImpl, language: 'en' });
    const banner = await screen.findByRole('region', { name: 'Demo data notice' });
    expect(banner.textContent).toBe('Demo data — most figures in this portal are examples, not official figures.');
  });

  it('has a fixed height, so nothing below it moves', async () => {
    const { fetchImpl } = gateway(true);
    renderPortal({ path: '/', load, fetchImpl });
    const banner = await screen.findByRole('region', { name: 'Pemberitahuan data contoh' });
    expect(getComputedStyle(banner).height).toBe('2.5rem');
    expect(getComputedStyle(banner).overflow).toBe('hidden');
  });

  it('is painted at once from the last answer on a reload, before the gateway answers', async () => {
    window.localStorage.setItem(DEMO_DATA_STORAGE_KEY, 'true');
    const fetchImpl = jest.fn(() => new Promise<Response>(() => undefined));
    renderPortal({ path: '/', load, fetchImpl });
    expect(screen.getByRole('region', { name: 'Pemberitahuan data contoh' })).toBeTruthy();
    expect(await screen.findByRole('navigation', { name: 'Navigasi utama' })).toBeTruthy();
  });

  it('keeps its place on a first visit while the gateway is asked, so the page does not jump when it appears', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchImpl = jest.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    renderPortal({ path: '/', load, fetchImpl });
    const placeholder = (await screen.findByRole('banner')).previousElementSibling as HTMLElement;
    expect(placeholder.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(placeholder).height).toBe('2.5rem');
    expect(screen.queryByRole('region', { name: 'Pemberitahuan data contoh' })).toBeNull();
    answer(json(reply('SystemStatus', { systemStatus: { demoData: true } })));
    expect(await screen.findByRole('region', { name: 'Pemberitahuan data contoh' })).toBeTruthy();
  });

  it('rule: an installation without demo data shows no banner, and forgets an earlier one', async () => {
    window.localStorage.setItem(DEMO_DATA_STORAGE_KEY, 'true');
    const { fetchImpl } = gateway(false);
    renderPortal({ path: '/', load, fetchImpl });
    await waitFor(() => expect(window.localStorage.getItem(DEMO_DATA_STORAGE_KEY)).toBe('false'));
    expect(screen.queryByRole('region', { name: 'Pemberitahuan data contoh' })).toBeNull();
  });
});
