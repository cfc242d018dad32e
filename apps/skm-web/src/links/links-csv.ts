import { exportRows, toCsv } from '@simpul/reporting';

/**
 * A CSV of the links just issued (one address a line), for a receipt printer or a mail merge. Written
 * through the shared export helper like every module's CSV, so nothing in it runs as a formula.
 */
export function linksCsv(links: ReadonlyArray<{ url: string }>): string {
  return toCsv(
    exportRows(
      links.map((link, i) => ({ no: i + 1, url: link.url })),
      [
        { key: 'no', header: 'no', headerEn: 'no', value: (row) => row.no, type: 'integer' },
        { key: 'url', header: 'url', headerEn: 'url', value: (row) => row.url },
      ],
    ),
  );
}
