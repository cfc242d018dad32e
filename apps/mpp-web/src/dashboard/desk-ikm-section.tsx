import { Text, Title } from '@mantine/core';
import { CategoryBadge, DataTable, EmptyState, OriginWithSource, gradeTone } from '@simpul/ui';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { useDeskIkmWords } from '../shared/desk-ikm-words';
import { useMppFormat } from '../shared/format';
import type { DashboardDesk } from './dashboard.operations';

/**
 * Every desk's latest IKM from SKM, in desk order. The busiest-desks chart only reaches the five
 * busiest, so a quiet desk (often the one that most needs respondents) had no IKM on the dashboard.
 */
export function DeskIkmSection({ desks }: { desks: DashboardDesk[] }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const words = useDeskIkmWords();
  const rows = [...desks].sort((a, b) => a.number - b.number);
  return (
    <section aria-labelledby="desk-ikm-title">
      <Title order={2} size="h3" id="desk-ikm-title">
        {t('dashboard.deskIkm')}
      </Title>
      <Text mb="sm">{t('dashboard.deskIkmText')}</Text>
      <DataTable
        caption={t('dashboard.deskIkmCaption')}
        captionHidden
        rowKey={(desk) => desk.id}
        rows={rows}
        empty={<EmptyState title={t('dashboard.deskIkmNone')} />}
        columns={[
          { key: 'desk', header: t('col.desk'), cell: (desk) => deskName(t, desk) },
          {
            key: 'ikm',
            header: t('col.ikm'),
            numeric: true,
            sortValue: (desk) => desk.latestIkm?.value ?? -1,
            cell: (desk) => (desk.latestIkm ? f.number(desk.latestIkm.value, 2) : words.none(desk.latestIkmGap)),
          },
          {
            key: 'category',
            header: t('dashboard.deskIkmCategory'),
            cell: (desk) =>
              desk.latestIkm ? (
                <CategoryBadge tone={gradeTone(desk.latestIkm.category.code)} label={words.category(desk.latestIkm)} />
              ) : (
                '–'
              ),
          },
          {
            key: 'respondents',
            header: t('dashboard.deskIkmRespondents'),
            numeric: true,
            cell: (desk) => (desk.latestIkm ? f.number(desk.latestIkm.respondents) : '–'),
          },
          { key: 'period', header: t('dashboard.deskIkmPeriod'), cell: (desk) => (desk.latestIkm ? words.period(desk.latestIkm) : '–') },
          {
            key: 'origin',
            header: t('col.origin'),
            cell: (desk) => (desk.latestIkm ? <OriginWithSource origin={desk.latestIkm.origin} source={desk.latestIkm.source} /> : '–'),
          },
        ]}
      />
    </section>
  );
}
