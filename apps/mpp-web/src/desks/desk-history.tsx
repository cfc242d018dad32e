// "Riwayat perubahan" of one desk (its number and name, and who was assigned on which day with how
// many staff), kept apart from the schedule page: its own query and its own small catalogue, so the
// page needs one line to show it.
import { NativeSelect, Stack, Title } from '@mantine/core';
import { ChangeHistory, useMorePages } from '@simpul/ui';
import { connectionOf, gql, registerMessages, useT } from '@simpul/web-kit';
import { useState } from 'react';
import type { DeskChangesQuery, DeskChangesQueryVariables } from '../__generated__/operations';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';

export const MPP_HISTORY = 'mpp-history';

const id = {
  title: 'Riwayat perubahan gerai',
  desk: 'Riwayat gerai',
  number: 'Nomor gerai',
  label: 'Nama gerai',
  weekday: 'Hari',
  tenant: 'Instansi tergabung',
  staffCount: 'Jumlah petugas',
  releasedAt: 'Dilepas',
  loadError: 'Riwayat perubahan tidak dapat dimuat.',
  'day.1': 'Senin',
  'day.2': 'Selasa',
  'day.3': 'Rabu',
  'day.4': 'Kamis',
  'day.5': 'Jumat',
  'day.6': 'Sabtu',
  'day.7': 'Minggu',
};

const en: Record<keyof typeof id, string> = {
  title: 'Desk change history',
  desk: 'History of desk',
  number: 'Desk number',
  label: 'Desk name',
  weekday: 'Day',
  tenant: 'Tenant',
  staffCount: 'Staff',
  releasedAt: 'Released',
  loadError: 'The change history could not be loaded.',
  'day.1': 'Monday',
  'day.2': 'Tuesday',
  'day.3': 'Wednesday',
  'day.4': 'Thursday',
  'day.5': 'Friday',
  'day.6': 'Saturday',
  'day.7': 'Sunday',
};

export const MPP_HISTORY_MESSAGES = { id, en };
registerMessages(MPP_HISTORY, MPP_HISTORY_MESSAGES);

// Desks have no query of their own: their changes come through the mall, and only the chosen one is kept.
export const DESK_CHANGES = gql<DeskChangesQuery, DeskChangesQueryVariables>`
query DeskChanges($mallId: ID!, $first: Int, $after: String) {
  mall(id: $mallId) { id desks { id changes(first: $first, after: $after) { ${connectionOf('id at actorName action changes { field before after }')} } } }
}`;

export interface DeskHistoryProps {
  mallId: string;
  desks: { id: string; number: number; label: string | null }[];
  /** Tenant names by tenancy id, for the assignments the page knows. */
  tenants: Record<string, string>;
}

export function DeskHistory({ mallId, desks, tenants }: DeskHistoryProps) {
  const t = useT(MPP_HISTORY);
  const tMpp = useT(MPP);
  const sorted = [...desks].sort((a, b) => a.number - b.number);
  const [deskId, setDeskId] = useState(sorted[0]?.id ?? '');
  if (!sorted.length) return null;
  const name = (desk: { number: number; label: string | null }) => deskName(tMpp, desk);
  const chosen = sorted.find((desk) => desk.id === deskId) ?? sorted[0];
  return (
    <Stack gap="sm" component="section" aria-labelledby="desk-history-title">
      <Title order={2} size="h3" id="desk-history-title">
        {t('title')}
      </Title>
      <NativeSelect
        id="desk-history-desk"
        label={t('desk')}
        value={deskId}
        onChange={(e) => setDeskId(e.currentTarget.value)}
        data={sorted.map((desk) => ({ value: desk.id, label: name(desk) }))}
        maw={420}
      />
      {/* Keyed by desk: another desk starts its own pages. */}
      <DeskChanges key={chosen.id} mallId={mallId} deskId={chosen.id} title={name(chosen)} tenants={tenants} />
    </Stack>
  );
}

function DeskChanges({
  mallId,
  deskId,
  title,
  tenants,
}: {
  mallId: string;
  deskId: string;
  title: string;
  tenants: Record<string, string>;
}) {
  const t = useT(MPP_HISTORY);
  const pages = useMorePages(DESK_CHANGES, { mallId, first: 10 }, (data) => data.mall?.desks.find((desk) => desk.id === deskId)?.changes);
  const labels = {
    number: t('number'),
    label: t('label'),
    'assignment.weekday': t('weekday'),
    'assignment.tenancyId': t('tenant'),
    'assignment.staffCount': t('staffCount'),
    'assignment.releasedAt': t('releasedAt'),
  };
  const format = (field: string, value: string): string | null | undefined => {
    if (field === 'assignment.weekday') return /^[1-7]$/.test(value) ? t(`day.${value}`) : undefined;
    if (field === 'assignment.tenancyId') return tenants[value] ?? null;
    return undefined;
  };
  return (
    <ChangeHistory
      title={title}
      headingLevel={3}
      entries={pages.items}
      fieldLabels={labels}
      formatValue={format}
      totalCount={pages.totalCount}
      hasMore={pages.hasMore}
      onMore={pages.loadMore}
      loading={pages.loading}
      error={pages.query.errors && !pages.query.data ? t('loadError') : null}
      onRetry={pages.query.refetch}
    />
  );
}
