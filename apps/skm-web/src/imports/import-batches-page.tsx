import { Anchor, Text } from '@mantine/core';
import { DataTable, EmptyState, PageHeader, QueryView, useCursorPages } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { IMPORT_BATCH_PAGE, type ImportBatchRow } from './import-batches.operations';

const PAGE = 20;

/**
 * Every paper-form batch imported into one survey, with its review state, for those who review
 * answers (the national admin and the mall's operator); pending batches are decided on the survey page.
 */
export function ImportBatchesPage() {
  const t = useT(SKM);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const { user } = useSession();
  const { surveyId = '' } = useParams();
  const reviewer = user?.role === 'NATIONAL_ADMIN' || user?.role === 'MPP_OPERATOR';
  const pages = useCursorPages(surveyId);
  const query = useQuery(IMPORT_BATCH_PAGE, { surveyId, first: PAGE, after: pages.after }, { skip: !reviewer });
  const survey = query.data?.skmSurvey;
  const crumbs = [
    { label: t('title'), to: to() },
    ...(survey ? [{ label: survey.title, to: to(`/surveys/${survey.id}`) }] : []),
    { label: t('batches.title') },
  ];
  if (!reviewer)
    return (
      <>
        <PageHeader title={t('batches.title')} breadcrumbs={crumbs} />
        <EmptyState title={t('batches.onlyReviewers')}>{t('batches.onlyReviewersHelp')}</EmptyState>
      </>
    );
  return (
    <>
      <PageHeader title={t('batches.title')} description={t('batches.description')} breadcrumbs={crumbs} />
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) => (
          <>
            <Text mb="sm">
              <Anchor component={Link} to={to(`/surveys/${data.skmSurvey.id}`)}>
                {t('batches.back', { title: data.skmSurvey.title })}
              </Anchor>
            </Text>
            <DataTable<ImportBatchRow>
              caption={t('batch.caption', { count: format.number(data.skmImportBatches.totalCount) })}
              rows={nodes(data.skmImportBatches)}
              rowKey={(row) => row.id}
              pagination={{
                hasNext: data.skmImportBatches.pageInfo.hasNextPage,
                hasPrevious: pages.hasPrevious,
                onNext: () => pages.next(data.skmImportBatches.pageInfo.endCursor),
                onPrevious: pages.previous,
                page: pages.page,
                pageSize: PAGE,
                totalCount: data.skmImportBatches.totalCount,
              }}
              empty={<EmptyState title={t('batch.empty')}>{t('batches.emptyHelp')}</EmptyState>}
              columns={[
                { key: 'file', header: t('batch.file'), cell: (row) => row.fileName },
                {
                  key: 'at',
                  header: t('batch.importedAt'),
                  cell: (row) => `${format.date(row.importedAt)} ${labels.time(row.importedAt)}`,
                },
                { key: 'rows', header: t('batch.rows'), numeric: true, cell: (row) => format.number(row.rowCount) },
                { key: 'state', header: t('batch.state'), cell: (row) => t(`batch.review.${row.review}`) },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
