import { Alert, Anchor, Button, Group, Title } from '@mantine/core';
import {
  DataTable,
  EmptyState,
  ErrorSummary,
  type MappedErrors,
  mapServerErrors,
  PageHeader,
  QueryView,
  SelectField,
  useCursorPages,
} from '@simpul/ui';
import { nodes, useBasePath, useFormat, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { recentYears } from './status-checks-section';
import { OPEN_STATUS_CHECKS, UNANSWERED_STATUS_CHECKS } from './status-checks.operations';

/** The national admin asks every catalogued innovation whether it still runs, and chases the owners who have not answered. */
export function StatusChecksPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const { user } = useSession();
  const isAdmin = user?.role === 'NATIONAL_ADMIN';
  const [year, setYear] = useState(recentYears()[0]);
  const pages = useCursorPages(String(year));
  const query = useQuery(UNANSWERED_STATUS_CHECKS, { year, after: pages.after }, { skip: !isAdmin });
  const [open, { loading }] = useMutation(OPEN_STATUS_CHECKS);
  const [opened, setOpened] = useState<number | null>(null);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('admin.competitions'), to: to('/kompetisi') },
    { label: t('statusCheck.adminTitle') },
  ];
  if (!isAdmin) {
    return (
      <>
        <PageHeader title={t('statusCheck.adminTitle')} breadcrumbs={crumbs} />
        <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>
      </>
    );
  }

  async function ask() {
    setOpened(null);
    const result = await open({ year });
    if (result.errors) return setErrors(mapServerErrors(result.errors, [], () => 'status-open'));
    setErrors({ fields: {}, summary: [] });
    setOpened(result.data.openStatusChecks);
    query.refetch();
  }

  return (
    <>
      <PageHeader title={t('statusCheck.adminTitle')} description={t('statusCheck.adminText')} breadcrumbs={crumbs} />
      <ErrorSummary errors={errors.summary} />
      <Group align="flex-end" mb="md">
        <SelectField
          id="status-admin-year"
          label={t('col.year')}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={recentYears().map((y) => ({ value: String(y), label: String(y) }))}
        />
        <Button id="status-open" onClick={() => void ask()} loading={loading}>
          {t('statusCheck.open', { year })}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {opened !== null && (
          <Alert color="green" variant="light" mb="md">
            ✓ {t('statusCheck.opened', { count: format.number(opened), year })}
          </Alert>
        )}
      </div>
      <Title order={2} size="h3" mb="xs">
        {t('statusCheck.unanswered')}
      </Title>
      <QueryView query={query}>
        {({ unansweredStatusChecks }) => (
          <DataTable
            caption={t('statusCheck.unansweredCaption', { count: format.number(unansweredStatusChecks.totalCount), year })}
            columns={[
              {
                key: 'title',
                header: t('col.innovation'),
                cell: (c) => (
                  <Anchor component={Link} to={to(`/inovasi/${c.innovationId}`)}>
                    {c.title}
                  </Anchor>
                ),
              },
              { key: 'asked', header: t('statusCheck.asked'), cell: (c) => format.date(c.askedAt) },
            ]}
            rows={nodes(unansweredStatusChecks)}
            rowKey={(c) => c.innovationId}
            pagination={{
              hasNext: unansweredStatusChecks.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(unansweredStatusChecks.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: 50,
              totalCount: unansweredStatusChecks.totalCount,
            }}
            empty={<EmptyState title={t('statusCheck.allAnswered', { year })} />}
          />
        )}
      </QueryView>
    </>
  );
}
