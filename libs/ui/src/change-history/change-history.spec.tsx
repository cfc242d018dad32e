import { I18nProvider, type Language } from '@simpul/web-kit';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { expectMatchingCatalogues } from '../testing/render-remote';
import { UI_MESSAGES } from '../messages';
import { UiProvider } from '../theme/ui-provider';
import { ChangeHistory, type ChangeHistoryEntry, type ChangeHistoryProps } from './change-history';
import { fieldKey } from './history-values';

const ENTRIES: ChangeHistoryEntry[] = [
  {
    id: 'e2',
    at: '2026-12-06T03:15:00Z',
    actorName: 'Desk Samsat',
    action: 'UPDATE',
    changes: [
      { field: 'address', before: 'Jl. Lama 1', after: 'Jl. A. Yani Km 5' },
      { field: 'agency_id', before: '0b8e2a56-5d0e-4a4e-9a55-3c1f2b7c9d10', after: '7d1f3c9e-2a4b-4c6d-8e0f-1a2b3c4d5e6f' },
      { field: 'kind', before: 'SAMSAT', after: 'OTHER' },
      { field: 'website', before: null, after: 'https://samsat.example' },
      { field: 'startsOn', before: '2026-10-01', after: '2026-11-01' },
    ],
  },
  {
    id: 'e1',
    at: '2026-11-30T23:00:00Z',
    actorName: null,
    action: 'CREATE',
    changes: [
      { field: 'id', before: null, after: '0b8e2a56-5d0e-4a4e-9a55-3c1f2b7c9d10' },
      { field: 'name', before: null, after: 'Samsat Banjarmasin' },
      { field: 'website', before: null, after: null },
      { field: 'agencyId', before: null, after: '7d1f3c9e-2a4b-4c6d-8e0f-1a2b3c4d5e6f' },
    ],
  },
];

const LABELS = {
  startsOn: 'Mulai',
  address: 'Alamat',
  agencyId: 'Instansi pemilik',
  kind: 'Jenis unit',
  website: 'Situs web',
  name: 'Nama unit',
};

function renderHistory(props: Partial<ChangeHistoryProps> = {}, language: Language = 'id') {
  return render(
    <I18nProvider initialLanguage={language}>
      <UiProvider>
        <ChangeHistory entries={ENTRIES} fieldLabels={LABELS} {...props} />
      </UiProvider>
    </I18nProvider>,
  );
}

describe('ChangeHistory', () => {
  it('says who changed what and when, each field before and after, with the field named in words', () => {
    renderHistory({
      formatValue: (field, value) =>
        field === 'kind' ? ({ SAMSAT: 'Samsat', OTHER: 'Lainnya' } as Record<string, string>)[value] : undefined,
    });
    const section = screen.getByRole('region', { name: 'Riwayat perubahan' });
    const [latest, first] = within(section)
      .getAllByRole('listitem')
      .filter((item) => item.tagName === 'LI' && item.parentElement?.tagName === 'OL');
    expect(latest?.textContent).toContain('Desk Samsat');
    expect(latest?.textContent).toContain('Diubah');
    // 03:15 UTC is 10.15 in Jakarta, on 6 December 2026.
    expect(latest?.textContent).toMatch(/6 Desember 2026.*10[.:]15/);
    expect(latest?.textContent).toContain('Alamat: Jl. Lama 1 → menjadi Jl. A. Yani Km 5');
    expect(latest?.textContent).toContain('Jenis unit: Samsat → menjadi Lainnya');
    expect(latest?.textContent).toContain('Situs web: (kosong) → menjadi https://samsat.example');
    expect(latest?.textContent).toContain('Mulai: 1 Oktober 2026 → menjadi 1 November 2026');
    expect(first?.textContent).toContain('Sistem');
    expect(first?.textContent).toContain('Dibuat');
    expect(first?.textContent).toContain('Nama unit: Samsat Banjarmasin');
    // Created with: its id, an empty website and an id-valued agency are not listed.
    expect(first?.querySelectorAll('ul li')).toHaveLength(1);
  });

  it('never shows ids or codes: an id change reads as "diubah", an unnamed field as "Data lain"', () => {
    renderHistory({ entries: [{ ...ENTRIES[0], changes: [...ENTRIES[0].changes, { field: 'sinovik_id', before: 'X', after: 'Y' }] }] });
    const text = screen.getByRole('region').textContent ?? '';
    expect(text).toContain('Instansi pemilik: diubah');
    expect(text).toContain('Jenis unit: diubah');
    expect(text).toContain('Data lain: X → menjadi Y');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    expect(text).not.toContain('SAMSAT');
    expect(text).not.toContain('2026-12-06');
  });

  it('shows a key that names the changed part once, not as a change', () => {
    renderHistory({
      entries: [
        {
          at: '2026-12-06T03:15:00Z',
          actorName: 'Operator',
          action: 'UPDATE',
          changes: [
            { field: 'assignment.weekday', before: 'Senin', after: 'Senin' },
            {
              field: 'assignment.tenancyId',
              before: '0b8e2a56-5d0e-4a4e-9a55-3c1f2b7c9d10',
              after: '0b8e2a56-5d0e-4a4e-9a55-3c1f2b7c9d10',
            },
            { field: 'assignment.staffCount', before: '2', after: '3' },
          ],
        },
      ],
      fieldLabels: { 'assignment.weekday': 'Hari', 'assignment.tenancyId': 'Tenant', 'assignment.staffCount': 'Petugas' },
    });
    const text = screen.getByRole('region').textContent ?? '';
    expect(text).toContain('Hari: Senin');
    expect(text).not.toContain('Senin → menjadi Senin');
    expect(text).toContain('Tenant: tetap');
    expect(text).toContain('Petugas: 2 → menjadi 3');
  });

  it('loads more on request, and says when there is nothing yet', () => {
    const onMore = jest.fn();
    const { unmount } = renderHistory({ hasMore: true, onMore, totalCount: 12 });
    expect(screen.getByText('12 perubahan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    expect(onMore).toHaveBeenCalledTimes(1);
    unmount();
    renderHistory({ entries: [] }, 'en');
    expect(screen.getByRole('region', { name: 'Change history' }).textContent).toContain('No changes recorded yet.');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('counts in English without a plural that does not fit one ("1 changes")', () => {
    renderHistory({ entries: ENTRIES.slice(0, 1), totalCount: 1 }, 'en');
    const region = screen.getByRole('region', { name: 'Change history' });
    expect(region.textContent).not.toContain('1 changes');
    expect(within(region).getByText('Changes: 1')).toBeTruthy();
  });

  it('shows a load error with a way to try again instead of the list', () => {
    const onRetry = jest.fn();
    renderHistory({ error: 'Riwayat tidak dapat dimuat.', onRetry, hasMore: true, onMore: jest.fn() });
    expect(screen.getByRole('alert').textContent).toContain('Riwayat tidak dapat dimuat.');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('treats camelCase and snake_case as the same field name', () => {
    expect(fieldKey('serviceUnitId')).toBe(fieldKey('service_unit_id'));
    expect(fieldKey('standard.FEE')).toBe('standard.fee');
  });
});

describe('design system catalogue', () => {
  it('has every text in Bahasa Indonesia and in English, with the same placeholders', () => {
    expectMatchingCatalogues(UI_MESSAGES);
  });
});
