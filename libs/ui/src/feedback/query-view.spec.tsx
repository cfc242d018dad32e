import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider, type QueryState } from '@simpul/web-kit';
import { UiProvider } from '../theme/ui-provider';
import { QueryView } from './query-view';

function view(query: QueryState<{ name: string }>, errorTitle?: string, refused?: { title: string; message: string }) {
  return render(
    <I18nProvider initialLanguage="id">
      <UiProvider>
        <QueryView query={query} errorTitle={errorTitle} refused={refused}>
          {(data) => <p>{data.name}</p>}
        </QueryView>
      </UiProvider>
    </I18nProvider>,
  );
}

const state = (over: Partial<QueryState<{ name: string }>>): QueryState<{ name: string }> => ({
  data: null,
  errors: null,
  loading: false,
  refetch: jest.fn(),
  ...over,
});

describe('QueryView', () => {
  it('says it is loading until data arrives', () => {
    view(state({ loading: true }));
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
  });

  it('shows the page once the data is there', () => {
    view(state({ data: { name: 'MPP Kota Bandung' } }));
    expect(screen.getByText('MPP Kota Bandung')).toBeTruthy();
  });

  it('says who may see the page when the service refuses, with nothing to retry', () => {
    const refused = { title: 'Peringkat ini belum dapat dibuka', message: 'Sebelum dipublikasikan hanya admin nasional.' };
    view(state({ errors: [{ message: 'Hanya admin nasional.', code: 'FORBIDDEN', field: null, messages: null }] }), undefined, refused);
    expect(screen.getByRole('alert').textContent).toContain('Peringkat ini belum dapat dibuka');
    expect(screen.getByRole('alert').textContent).toContain('Sebelum dipublikasikan hanya admin nasional.');
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).toBeNull();
  });

  it('treats a refusal as a failure where the page says nothing about who may see it', () => {
    view(state({ errors: [{ message: 'Silakan masuk.', code: 'UNAUTHENTICATED', field: null, messages: null }] }));
    expect(screen.getByRole('alert').textContent).toContain('Silakan masuk.');
  });

  it('says what failed and retries on request', async () => {
    const refetch = jest.fn();
    view(
      state({
        errors: [{ message: 'Layanan sedang tidak tersedia.', code: 'INTERNAL_SERVER_ERROR', field: null, messages: null }],
        refetch,
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Data tidak dapat dimuat');
    expect(screen.getByRole('alert').textContent).toContain('Layanan sedang tidak tersedia.');
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('keeps the data on screen when only a refetch failed', () => {
    view(
      state({ data: { name: 'MPP Kota Bandung' }, errors: [{ message: 'x', code: 'INTERNAL_SERVER_ERROR', field: null, messages: null }] }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('MPP Kota Bandung')).toBeTruthy();
  });

  it("uses the page's own title for the failure when it has one", () => {
    view(state({ errors: [{ message: 'x', code: 'INTERNAL_SERVER_ERROR', field: null, messages: null }] }), 'Data SKM tidak dapat dimuat');
    expect(screen.getByRole('alert').textContent).toContain('Data SKM tidak dapat dimuat');
  });
});
