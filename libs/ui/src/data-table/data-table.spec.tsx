import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '@simpul/web-kit';
import { useState } from 'react';
import { UiProvider } from '../theme/ui-provider';
import { DataTable, type DataTableColumn } from './data-table';

interface Unit {
  id: string;
  name: string;
  services: number;
}

const UNITS: Unit[] = [
  { id: '1', name: 'Samsat Kalimantan Selatan', services: 12 },
  { id: '2', name: 'DPMPTSP Kalimantan Tengah', services: 30 },
  { id: '3', name: 'RSUD dr. Doris Sylvanus', services: 4 },
  { id: '4', name: 'Dinas Sosial Kalimantan Tengah', services: 7 },
  { id: '5', name: 'Kecamatan Banjarmasin Tengah', services: 9 },
];

const COLUMNS: DataTableColumn<Unit>[] = [
  { key: 'name', header: 'Nama', cell: (u) => u.name, sortValue: (u) => u.name },
  { key: 'services', header: 'Layanan', cell: (u) => u.services, sortValue: (u) => u.services, numeric: true },
];

function renderTable(ui: React.ReactElement) {
  return render(
    <I18nProvider initialLanguage="id">
      <UiProvider>{ui}</UiProvider>
    </I18nProvider>,
  );
}

const firstColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);

describe('DataTable', () => {
  it('sorts by a column from the keyboard and reports it with aria-sort', async () => {
    const user = userEvent.setup({ delay: null });
    renderTable(<DataTable caption="Unit" columns={COLUMNS} rows={UNITS} rowKey={(u) => u.id} />);
    const header = screen.getByRole('columnheader', { name: /Nama/ });
    expect(header.getAttribute('aria-sort')).toBe('none');

    const button = within(header).getByRole('button');
    button.focus();
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()[0]).toBe('Dinas Sosial Kalimantan Tengah');

    await user.keyboard(' ');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()[0]).toBe('Samsat Kalimantan Selatan');
  });

  it('sorts numbers as numbers', async () => {
    renderTable(<DataTable caption="Unit" columns={COLUMNS} rows={UNITS} rowKey={(u) => u.id} />);
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Layanan/ })).getByRole('button'));
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[1].textContent),
    ).toEqual(['4', '7', '9', '12', '30']);
  });

  it('pages with Berikutnya and Sebelumnya, keeping focus on the button at the last page', async () => {
    const user = userEvent.setup({ delay: null });
    renderTable(<DataTable caption="Unit" columns={COLUMNS} rows={UNITS} rowKey={(u) => u.id} pageSize={2} />);
    expect(firstColumn()).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toContain('Halaman 1 dari 3');

    const next = screen.getByRole('button', { name: /Berikutnya/ });
    next.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toContain('Halaman 3 dari 3');
    expect(firstColumn()).toEqual(['Kecamatan Banjarmasin Tengah']);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next);

    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toContain('Halaman 3 dari 3');

    await user.click(screen.getByRole('button', { name: /Sebelumnya/ }));
    expect(screen.getByRole('status').textContent).toContain('Halaman 2 dari 3');
  });

  it('hands sorting and paging to the server when asked', async () => {
    const onSortChange = jest.fn();
    const onNext = jest.fn();
    function Server() {
      const [sort] = useState({ key: 'name', direction: 'asc' as const });
      return (
        <DataTable
          caption="Unit"
          columns={COLUMNS}
          rows={UNITS.slice(0, 2)}
          rowKey={(u) => u.id}
          sort={sort}
          onSortChange={onSortChange}
          pagination={{ hasNext: true, hasPrevious: false, onNext, onPrevious: jest.fn(), page: 1, pageSize: 2, totalCount: 5 }}
        />
      );
    }
    renderTable(<Server />);
    expect(firstColumn()).toEqual(['Samsat Kalimantan Selatan', 'DPMPTSP Kalimantan Tengah']);
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Nama/ })).getByRole('button'));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'name', direction: 'desc' });
    await userEvent.click(screen.getByRole('button', { name: /Berikutnya/ }));
    expect(onNext).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Menampilkan 1–2 dari 5');
  });
});
