import { registerMessages } from '@simpul/web-kit';

export const UI = 'ui';

registerMessages(UI, {
  id: {
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    pagination: 'Navigasi halaman',
    pageOf: 'Halaman {page} dari {pages}',
    page: 'Halaman {page}',
    rowsShown: 'Menampilkan {from}–{to} dari {total}',
    sortAscending: 'diurutkan naik',
    sortDescending: 'diurutkan turun',
    sortBy: 'Urutkan menurut {column}',
    errorSummaryTitle: 'Ada masalah',
    retry: 'Coba lagi',
    breadcrumb: 'Remah roti',
    loading: 'Memuat…',
    required: 'wajib',
  },
  en: {
    previous: 'Previous',
    next: 'Next',
    pagination: 'Pagination',
    pageOf: 'Page {page} of {pages}',
    page: 'Page {page}',
    rowsShown: 'Showing {from}–{to} of {total}',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    sortBy: 'Sort by {column}',
    errorSummaryTitle: 'There is a problem',
    retry: 'Try again',
    breadcrumb: 'Breadcrumb',
    loading: 'Loading…',
    required: 'required',
  },
});
