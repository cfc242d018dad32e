import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { graphqlNetwork } from '../testing/graphql-network';
import { renderPortal } from '../testing/render-portal';
import { reply } from '../testing/reply';
import { signInAs } from '../testing/signed-in';

const load = jest.fn(() => Promise.resolve(() => null));

function screenWidth(narrow: boolean) {
  jest.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    matches: narrow && query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }));
}

describe('portal layout', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the whole menu and the tagline on a wide screen', async () => {
    screenWidth(false);
    renderPortal({ load });
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    // The manifest arrives after the nav itself: wait for the remote's entry rather than read it at once.
    expect(await within(nav).findByRole('link', { name: 'Registri' })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: /Menu/ })).toBeNull();
    expect(screen.getByText('Portal integrasi MPP dan PEKPPP')).toBeTruthy();
  });

  it('leads anyone from the footer to the open data', async () => {
    renderPortal({ load });
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Data terbuka' }).getAttribute('href')).toBe('/data');
  });

  it('folds the menu behind one button on a phone, and unfolds it for keyboard and touch alike', async () => {
    screenWidth(true);
    renderPortal({ load });
    const nav = await screen.findByRole('navigation', { name: 'Navigasi utama' });
    const toggle = within(nav).getByRole('button', { name: /^Menu/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(nav).queryByRole('link', { name: 'Registri' })).toBeNull();
    expect(screen.queryByText('Portal integrasi MPP dan PEKPPP')).toBeNull();
    // The language switch shrinks to ID / EN, its full names still spoken.
    expect(screen.getByRole('button', { name: 'EN English' }).textContent).toBe('EN');

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('main-nav-list');
    await userEvent.click(within(nav).getByRole('link', { name: 'Registri' }));
    // Choosing a page closes the menu again.
    expect(await within(nav).findByRole('button', { name: /^Menu · Registri/ })).toBeTruthy();
    expect(within(nav).queryByRole('list')).toBeNull();
  });
});

describe('focus after following a link into a page', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('lands on the #target once the remote has rendered it, as a task’s “Lanjutkan” asks', async () => {
    let show: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (show = resolve));
    function Remote() {
      const [loaded, setLoaded] = useState(false);
      useEffect(() => void ready.then(() => setLoaded(true)), []);
      return (
        <>
          <h1>Penilaian</h1>
          {loaded && <h2 id="verification-heading">Verifikasi lapangan</h2>}
        </>
      );
    }
    signInAs();
    const network = graphqlNetwork({
      MyTasks: () =>
        reply('MyTasks', {
          myTasks: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [
              {
                cursor: 'c0',
                node: {
                  id: 'kipp:verification:p1',
                  title: { id: 'Verifikasi lapangan', en: 'Field verification' },
                  detail: null,
                  module: 'KIPP',
                  dueDate: null,
                  status: 'TODO',
                  progress: null,
                  url: '/registry/penilaian/p1?tahap=PRESENTATION#verification-heading',
                },
              },
            ],
          },
        }),
    });
    renderPortal({ path: '/', load: () => Promise.resolve(Remote), fetchImpl: network.fetchImpl });
    await userEvent.click(await screen.findByRole('link', { name: 'Lanjutkan: Verifikasi lapangan' }));
    await screen.findByRole('heading', { level: 1, name: 'Penilaian' });
    act(() => show());
    const target = await screen.findByRole('heading', { name: 'Verifikasi lapangan' });
    await waitFor(() => expect(document.activeElement).toBe(target));
  });
});
