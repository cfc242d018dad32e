import { Anchor, Group } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { COMPETITIONS } from './admin.operations';
import { currentStage } from './stage-state';

/** The national admin's list of competitions, newest first. */
export function CompetitionsPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { user } = useSession();
  const query = useQuery(COMPETITIONS, {}, { skip: user?.role !== 'NATIONAL_ADMIN' });
  const crumbs = [{ label: t('title'), to: to() }, { label: t('admin.competitions') }];
  if (user?.role !== 'NATIONAL_ADMIN') {
    return (
      <>
        <PageHeader title={t('admin.competitions')} breadcrumbs={crumbs} />
        <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('admin.competitions')} description={t('admin.competitionsDescription')} breadcrumbs={crumbs} />
      <Group mb="md">
        <Anchor component={Link} to={to('/kompetisi/baru')} fw={600}>
          {t('setup.link')}
        </Anchor>
        <Anchor component={Link} to={to('/status-inovasi')} fw={600}>
          {t('statusCheck.adminLink')}
        </Anchor>
        <Anchor component={Link} to={to('/penugasan')} fw={600}>
          {t('appointments.link')}
        </Anchor>
        <Anchor component={Link} to={to('/kompetisi-terdahulu')} fw={600}>
          {t('awards.link')}
        </Anchor>
      </Group>
      <QueryView query={query}>
        {(data) => (
          <DataTable
            caption={t('admin.competitions')}
            captionHidden
            columns={[
              { key: 'year', header: t('col.year'), cell: (c) => c.year, numeric: true },
              {
                key: 'title',
                header: t('col.competition'),
                cell: (c) => (
                  <Anchor component={Link} to={to(`/kompetisi/${c.id}`)}>
                    {c.title}
                  </Anchor>
                ),
              },
              {
                key: 'stage',
                header: t('col.stage'),
                cell: (c) => {
                  const stage = currentStage(c.stages);
                  return !stage
                    ? t('stage.finished')
                    : stage.state === 'upcoming'
                      ? t('admin.nextStageShort', { stage: t(`stage.${stage.stage}`) })
                      : t(`stage.${stage.stage}`);
                },
              },
            ]}
            rows={nodes(data.competitions)}
            rowKey={(c) => c.id}
            empty={<EmptyState title={t('admin.noCompetitions')} />}
          />
        )}
      </QueryView>
    </>
  );
}
