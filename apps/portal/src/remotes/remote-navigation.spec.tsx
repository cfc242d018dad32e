import type { RemoteAppProps } from '@simpul/web-kit';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link, Route, Routes, useBlocker } from 'react-router';
import { renderPortal } from '../testing/render-portal';

// The portal is a data router: a remote's own nested <Routes> work under it, and a remote's page may
// hold navigation with react-router's useBlocker, the browser's Back included (F-01's leave warning).

function Form() {
  const [dirty, setDirty] = useState(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
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
    const { router } = renderPortal({ path: '/registry', load: () => Promise.resolve(FakeRegistry) });
    await userEvent.click(await screen.findByRole('link', { name: 'Tambah unit' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Formulir unit' });
    expect(router.state.location.pathname).toBe('/registry/units/new');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('lets a remote’s page hold Back while there are unsaved changes, and go back when the person leaves', async () => {
    const { router } = renderPortal({ path: '/registry', load: () => Promise.resolve(FakeRegistry) });
    await userEvent.click(await screen.findByRole('link', { name: 'Tambah unit' }));
    await screen.findByRole('heading', { level: 1, name: 'Formulir unit' });
    await userEvent.click(screen.getByRole('button', { name: 'Ubah' }));

    await act(() => router.navigate(-1));
    await userEvent.click(await screen.findByRole('button', { name: 'Tetap' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(router.state.location.pathname).toBe('/registry/units/new');

    await act(() => router.navigate(-1));
    await userEvent.click(await screen.findByRole('button', { name: 'Tinggalkan' }));
    expect(await screen.findByRole('link', { name: 'Tambah unit' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/registry');
  });

  it('does not hold Back when nothing is unsaved', async () => {
    const { router } = renderPortal({ path: '/registry', load: () => Promise.resolve(FakeRegistry) });
    await userEvent.click(await screen.findByRole('link', { name: 'Tambah unit' }));
    await screen.findByRole('heading', { level: 1, name: 'Formulir unit' });
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('link', { name: 'Tambah unit' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
