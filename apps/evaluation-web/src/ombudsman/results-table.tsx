import { Anchor } from '@mantine/core';
import { DataTable, OriginWithSource, type ServerPagination } from '@simpul/ui';
import { useBasePath, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { OMBUDSMAN } from './ombudsman-messages';
import type { OmbudsmanRow } from './ombudsman.operations';
import { useFigureText } from './result-figure';
import { ZoneBadge } from './zone-badge';

/** Ombudsman results, one row per agency and year: each agency links to its compliance page. */
export function ResultsTable({
  rows,
  caption,
  pagination,
  showYear = true,
}: {
  rows: OmbudsmanRow[];
  caption: string;
  pagination?: ServerPagination;
  showYear?: boolean;
}) {
  const t = useT(OMBUDSMAN);
  const to = useBasePath();
  const figure = useFigureText();
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      pagination={pagination}
      columns={[
        {
          key: 'agency',
          header: t('col.agency'),
          cell: (row) => (
            <Anchor component={Link} to={to(`/ombudsman/instansi/${row.agency.id}`)}>
              {row.agency.name}
            </Anchor>
          ),
        },
        ...(showYear ? [{ key: 'year', header: t('col.year'), cell: (row: OmbudsmanRow) => row.year, numeric: true }] : []),
        { key: 'score', header: t('col.score'), cell: (row) => figure.score(row), numeric: true },
        { key: 'opinion', header: t('col.opinion'), cell: (row) => figure.opinion(row) },
        { key: 'zone', header: t('col.zone'), cell: (row) => <ZoneBadge zone={row.zone} /> },
        { key: 'method', header: t('col.method'), cell: (row) => t(`method.${row.methodVersion}`) },
        { key: 'origin', header: t('col.origin'), cell: (row) => <OriginWithSource origin={row.origin} source={row.source} /> },
      ]}
    />
  );
}
