import { useNavigationBlocker, type RemoteAppProps } from '@simpul/web-kit';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { renderPortal } from '../testing/render-portal';

// A remote's own nested <Routes> work under the portal's router, and a remote's page may hold
// navigation with web-kit's useNavigationBlocker, the browser's Back included (F-01's leave warning).

function Form() {
  const [dirty, setDirty] = useState(false);
  const blocker = useNavigationBlocker(({ from, to }) => dirty && from.pathname !== to.pathname);
  return (
    <>
      <h1>Formulir unit</h1>
      <button type="button" onClick={() => setDirty(true)}>
        Ubah
      </button>
      {blocker.state === 'blocked' && (
        <div role="dialog" aria-label="Belum tersimpan">
          <button type="button" onClick={() => blocker.reset()}>
            Tetap
          </button>
          <button type="button" onClick={() => blocker.proceed()}>
            Tinggalkan
          </button>
        </div>
      )}
    </>
  );
}

function FakeRegistry({ basePath }: RemoteAppProps) {
  return (
    <Routes>
      <Route index element={<Link to={`${basePath}/units/new`}>Tambah unit</Link>} />
      <Route path="units/new" element={<Form />} />
    </Routes>
  );
}

describe('navigating inside a remote', () => {
  it('renders the remote’s nested routes and moves focus to the new page’s heading', async () => {
    const { history } = renderPortal({ path: '/registry', load: () => Promise.resolve(FakeRegistry) });
    await userEvent.click(await screen.findByRole('link', { name: 'Tambah unit' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Formulir unit' });
    expect(history.location.pathname).toBe('/registry/units/new');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('lets a remote’s page hold Back while there are unsaved changes, and go back when the person leaves', async () => {
    const { history } = renderPortal({ path: '/registry', load: () => Promise.resolve(FakeRegistry) });
    await userEvent.click(await screen.findByRole('link', { name: 'Tambah unit' }));
    await screen.findByRole('heading', { level: 1, name: 'Formulir unit' });
    await userEvent.click(screen.getByRole('button', { name: 'Ubah' }));

    act(() => history.go(-1));
    await userEvent.click(await screen.findByRole('button', { name: 'Tetap' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(history.location.pathname).toBe('/registry/units/new');

    act(() => history.go(-1));
    await userEvent.click(await screen.findByRole('button', { name: 'Tinggalkan' }));
    expect(await screen.findByRole('link', { name: 'Tambah unit' })).toBeTruthy();
    expect(history.location.pathname).toBe('/registry');
  });

  it('does not hold Back when nothing is unsaved', async () => {
    const { history } = renderPortal({ path: '/registry', load: () => Promise.resolve(FakeRegistry) });
    await userEvent.click(await screen.findByRole('link', { name: 'Tambah unit' }));
    await screen.findByRole('heading', { level: 1, name: 'Formulir unit' });
    act(() => history.go(-1));
    expect(await screen.findByRole('link', { name: 'Tambah unit' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
