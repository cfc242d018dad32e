import { I18nProvider } from '@simpul/web-kit';
import { UiProvider } from '@simpul/ui';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import '../f01-messages';
import { LeaveWarning } from './leave-warning';

// Under a data router (the portal's) the warning is react-router's useBlocker: any in-app navigation,
// the browser's Back included, waits for the answer.

function Form() {
  const [dirty, setDirty] = useState(false);
  return (
    <>
      <LeaveWarning when={dirty} />
      <button type="button" onClick={() => setDirty(true)}>
        Ubah
      </button>
      <Link to="/other">Halaman lain</Link>
    </>
  );
}

function renderWithDataRouter() {
  // Arrived at the form from the other page, so Back has somewhere to go.
  const router = createMemoryRouter(
    [
      { path: '/form', element: <Form /> },
      { path: '/other', element: <p>halaman lain</p> },
    ],
    { initialEntries: ['/other', '/form'], initialIndex: 1 },
  );
  render(
    <I18nProvider initialLanguage="id">
      <UiProvider>
        <RouterProvider router={router} />
      </UiProvider>
    </I18nProvider>,
  );
  return router;
}

describe('leave warning under a data router', () => {
  it('holds navigation while there are unsaved changes and follows it when the person leaves', async () => {
    const router = renderWithDataRouter();
    await userEvent.click(screen.getByRole('button', { name: 'Ubah' }));
    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(router.state.location.pathname).toBe('/form');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tetap di halaman ini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/form');

    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan halaman' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
  });

  it('holds Back while there are unsaved changes, and goes back when the person leaves', async () => {
    const router = renderWithDataRouter();
    await userEvent.click(screen.getByRole('button', { name: 'Ubah' }));
    await act(() => router.navigate(-1));
    const dialog = await screen.findByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(router.state.location.pathname).toBe('/form');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tetap di halaman ini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(router.state.location.pathname).toBe('/form');

    await act(() => router.navigate(-1));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan halaman' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/other');
  });

  it('does not hold navigation when nothing is unsaved', async () => {
    renderWithDataRouter();
    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
