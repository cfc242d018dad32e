import { blockingHistory, BlockingRouter, I18nProvider } from '@simpul/web-kit';
import { UiProvider } from '@simpul/ui';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Link, Route, Routes, UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import '../f01-messages';
import { LeaveWarning } from './leave-warning';

// Under the portal's router (a history pages may hold) any move to another page, a link or the
// browser's Back, waits for the answer.

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

function renderForm() {
  // Arrived at the form from the other page, so Back has somewhere to go.
  const history = blockingHistory(createMemoryHistory({ initialEntries: ['/other', '/form'], initialIndex: 1, v5Compat: true }));
  render(
    <I18nProvider initialLanguage="id">
      <UiProvider>
        <BlockingRouter history={history}>
          <Routes>
            <Route path="/form" element={<Form />} />
            <Route path="/other" element={<p>halaman lain</p>} />
          </Routes>
        </BlockingRouter>
      </UiProvider>
    </I18nProvider>,
  );
  return history;
}

describe('leave warning', () => {
  it('holds navigation while there are unsaved changes and follows it when the person leaves', async () => {
    const history = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Ubah' }));
    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(history.location.pathname).toBe('/form');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tetap di halaman ini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(history.location.pathname).toBe('/form');

    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan halaman' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
  });

  it('holds Back while there are unsaved changes, and goes back when the person leaves', async () => {
    const history = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Ubah' }));
    act(() => history.go(-1));
    const dialog = await screen.findByRole('dialog', { name: 'Ada perubahan yang belum tersimpan' });
    expect(history.location.pathname).toBe('/form');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tetap di halaman ini' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    expect(history.location.pathname).toBe('/form');

    act(() => history.go(-1));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tinggalkan halaman' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
    expect(history.location.pathname).toBe('/other');
  });

  it('does not hold navigation when nothing is unsaved', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('link', { name: 'Halaman lain' }));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
