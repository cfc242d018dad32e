import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import {
  blankToNull,
  DataTable,
  EmptyState,
  ErrorSummary,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  PageHeader,
  QueryView,
  TextAreaField,
} from '@simpul/ui';
import { nodes, useBasePath, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { Announcement } from '../shared/announcement';
import { AgreementBadge, ServiceStatusBadge, StepBadge } from '../shared/badges';
import { ComponentList } from '../shared/component-list';
import { WEEKDAYS } from '../shared/enums';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { ChecklistFieldset, checklistFieldId } from './checklist-fieldset';
import { blockersFor, stepViews, uncheckedItems, type Blocker } from './onboarding-flow';
import { StepList } from './step-list';
import { PageErrors } from './page-errors';
import { TenancyActions } from './tenancy-actions';
import { TenantDeskPlugins } from './tenant-desk-plugins';
import { ADVANCE_TENANCY, TENANCY, type TenancyDetail } from './tenancy.operations';
import { useHistoryPage, useServicePage } from './tenancy-pages';

/** One tenant's onboarding, step by step: where it stands, what the next step needs, and who did what when. */
export function OnboardingPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { tenancyId = '' } = useParams();
  const query = useQuery(TENANCY, { id: tenancyId });
  const tenancy = query.data?.tenancy;
  const crumbs = [
    { label: t('title'), to: to() },
    ...(tenancy
      ? [
          { label: tenancy.mall.name, to: to(`/malls/${tenancy.mall.id}`) },
          { label: t('tenants.title'), to: to(`/malls/${tenancy.mall.id}/tenants`) },
          { label: tenancy.agency.name },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader
        title={tenancy?.agency.name ?? t('onboarding.title')}
        description={tenancy ? t('onboarding.description', { mall: tenancy.mall.name }) : undefined}
        breadcrumbs={crumbs}
      />
      {tenancy?.canManage && <MallNav mallId={tenancy.mall.id} current="tenants" />}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          data.tenancy ? <OnboardingBody tenancy={data.tenancy} onChanged={query.refetch} /> : <EmptyState title={t('tenancy.notFound')} />
        }
      </QueryView>
    </>
  );
}

function OnboardingBody({ tenancy, onChanged }: { tenancy: TenancyDetail; onChanged: () => void }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const to = useBasePath();
  const [announcement, setAnnouncement] = useState('');
  // Each change also asks the page shown of the paged lists again.
  const [refresh, setRefresh] = useState(0);
  const services = useServicePage(tenancy, refresh);
  const history = useHistoryPage(tenancy, refresh);
  const views = stepViews(tenancy);
  const changed = (message: string) => {
    setAnnouncement(message);
    setRefresh((n) => n + 1);
    onChanged();
  };
  return (
    <>
      <Announcement message={announcement} />
      <Stack gap="xl">
        <Group gap="sm">
          <Text fw={600}>{t('onboarding.now')}</Text>
          <StepBadge step={tenancy.step} />
          {tenancy.liveSince && tenancy.step === 'LIVE' && (
            <Text>{t('onboarding.liveSince', { date: f.dateTime(tenancy.liveSince) })}</Text>
          )}
        </Group>
        {tenancy.step === 'LEFT' && (
          <Alert color="gray" variant="outline">
            <Text c="dark">{t('onboarding.leftNotice', { date: tenancy.leftAt ? f.dateTime(tenancy.leftAt) : '' })}</Text>
          </Alert>
        )}
        {tenancy.step === 'PAUSED' && (
          <Alert color="yellow" variant="light">
            <Text c="dark">{t('onboarding.pausedNotice', { step: tenancy.resumeStep ? t(`step.${tenancy.resumeStep}`) : '' })}</Text>
          </Alert>
        )}
        <StepList views={views} />
        {tenancy.canManage && tenancy.nextStep && <NextStepForm tenancy={tenancy} onDone={(message) => changed(message)} />}

        <section aria-labelledby="agreement-title">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h3" id="agreement-title">
              {t('agreement.title')}
            </Title>
            {tenancy.canManage && tenancy.step !== 'LEFT' && (
              <Anchor component={Link} to={to(`/tenancies/${tenancy.id}/agreement`)} fw={600}>
                {tenancy.currentAgreement ? t('agreement.manage') : t('agreement.record')}
              </Anchor>
            )}
          </Group>
          {tenancy.currentAgreement ? (
            <Group gap="md" mt="xs">
              <Text>
                {t('agreement.summary', {
                  number: tenancy.currentAgreement.number,
                  from: f.day(tenancy.currentAgreement.startsOn),
                  to: f.day(tenancy.currentAgreement.expiresOn),
                })}
              </Text>
              <AgreementBadge status={tenancy.currentAgreement.status} days={tenancy.currentAgreement.daysToExpiry} />
            </Group>
          ) : (
            <Text mt="xs">{t('agreement.none')}</Text>
          )}
        </section>

        <section aria-labelledby="desks-title">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h3" id="desks-title">
              {t('desks.assignedTitle')}
            </Title>
            {tenancy.canManage && tenancy.step !== 'LEFT' && (
              <Anchor component={Link} to={to(`/malls/${tenancy.mall.id}/desks?tenancy=${tenancy.id}`)} fw={600}>
                {t('desks.assign')}
              </Anchor>
            )}
          </Group>
          <DataTable
            caption={t('desks.assignedTitle')}
            captionHidden
            rowKey={(row) => row.id}
            rows={[...tenancy.deskAssignments].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday))}
            empty={<Text>{t('desks.noneAssigned')}</Text>}
            columns={[
              { key: 'weekday', header: t('col.weekday'), cell: (row) => t(`weekday.${row.weekday}`) },
              { key: 'desk', header: t('col.desk'), cell: (row) => deskName(t, row.desk) },
              { key: 'staff', header: t('col.staff'), numeric: true, cell: (row) => f.number(row.staffCount) },
            ]}
          />
        </section>

        <TenantDeskPlugins tenancy={tenancy} />

        <section aria-labelledby="services-title">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h3" id="services-title">
              {t('services.title')}
            </Title>
            {tenancy.canManage && tenancy.step !== 'LEFT' && (
              <Anchor component={Link} to={to(`/tenancies/${tenancy.id}/services`)} fw={600}>
                {t('services.pick')}
              </Anchor>
            )}
          </Group>
          <PageErrors errors={services.errors} />
          <DataTable
            caption={t('services.title')}
            captionHidden
            rowKey={(row) => row.id}
            rows={nodes(services.page)}
            loading={services.loading}
            pagination={services.pagination}
            empty={<Text>{t('services.none')}</Text>}
            columns={[
              {
                key: 'name',
                header: t('col.service'),
                cell: (row) => (
                  <>
                    {row.service.name}
                    <Text size="sm" c="dimmed">
                      {row.serviceUnit.name}
                    </Text>
                  </>
                ),
              },
              {
                key: 'status',
                header: t('col.status'),
                cell: (row) => <ServiceStatusBadge status={row.status} ready={row.deliveryReady} />,
              },
              {
                key: 'missing',
                header: t('col.standard'),
                cell: (row) =>
                  row.deliveryReady ? (
                    t('services.complete')
                  ) : (
                    <ComponentList missing={row.missingComponents} unpublished={row.unpublishedComponents} />
                  ),
              },
              {
                key: 'quota',
                header: t('col.dailyQuota'),
                numeric: true,
                cell: (row) => (row.dailyQuota === null ? t('services.noQuota') : f.number(row.dailyQuota)),
              },
            ]}
          />
        </section>

        <section aria-labelledby="history-title">
          <Title order={2} size="h3" id="history-title" mb="xs">
            {t('history.title')}
          </Title>
          <PageErrors errors={history.errors} />
          <DataTable
            caption={t('history.title')}
            captionHidden
            rowKey={(row) => row.id}
            rows={nodes(history.page)}
            loading={history.loading}
            pagination={history.pagination}
            empty={<Text>{t('history.none')}</Text>}
            columns={[
              { key: 'step', header: t('col.step'), cell: (row) => <StepBadge step={row.step} /> },
              { key: 'when', header: t('col.when'), cell: (row) => f.dateTime(row.completedAt) },
              { key: 'who', header: t('col.who'), cell: (row) => row.completedByName ?? '–' },
              {
                key: 'checklist',
                header: t('col.checklist'),
                cell: (row) => (row.checklist.length ? row.checklist.map((c) => `${c.done ? '✓' : '✕'} ${c.label}`).join('; ') : '–'),
              },
              { key: 'note', header: t('col.note'), cell: (row) => row.note ?? '–' },
            ]}
          />
        </section>
        {tenancy.canManage && tenancy.step !== 'LEFT' && <TenancyActions tenancy={tenancy} onDone={changed} />}
      </Stack>
    </>
  );
}

/** What is missing before the next step, each with a link to where it is fixed. */
function BlockerList({ tenancy, blockers }: { tenancy: TenancyDetail; blockers: Blocker[] }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const to = useBasePath();
  const fix = (path: string, label: string) => (
    <>
      {' '}
      <Anchor component={Link} to={to(path)} fw={600} c="dark" td="underline">
        {label}
      </Anchor>
    </>
  );
  return (
    <Alert color="yellow" variant="light" title={t('blockers.title')} styles={{ title: { color: '#6b3d00' } }}>
      <List>
        {blockers.map((blocker, index) => (
          <List.Item key={`${blocker.kind}-${index}`}>
            {blocker.kind === 'noAgreement' && (
              <>
                {t('blockers.noAgreement')}
                {fix(`/tenancies/${tenancy.id}/agreement`, t('agreement.record'))}
              </>
            )}
            {blocker.kind === 'agreementExpired' && (
              <>
                {t('blockers.agreementExpired', { date: f.day(blocker.expiresOn) })}
                {fix(`/tenancies/${tenancy.id}/agreement`, t('agreement.addAddendum'))}
              </>
            )}
            {blocker.kind === 'agreementNotStarted' && t('blockers.agreementNotStarted', { date: f.day(blocker.startsOn) })}
            {blocker.kind === 'noDesk' && (
              <>
                {t('blockers.noDesk')}
                {fix(`/malls/${tenancy.mall.id}/desks?tenancy=${tenancy.id}`, t('desks.assign'))}
              </>
            )}
            {blocker.kind === 'noServices' && (
              <>
                {t('blockers.noServices')}
                {fix(`/tenancies/${tenancy.id}/services`, t('services.pick'))}
              </>
            )}
            {blocker.kind === 'servicesIncomplete' && (
              <>
                {t('blockers.servicesIncomplete')}
                <List withPadding>
                  {blocker.services.map((service) => (
                    <List.Item key={service.name}>
                      <Text fw={600} size="sm">
                        {service.name}
                      </Text>
                      <ComponentList missing={service.missing} unpublished={service.unpublished} />
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {blocker.kind === 'moreServices' && (
              <>
                {t('blockers.moreServices', { count: blocker.count })}
                {fix(`/tenancies/${tenancy.id}/services`, t('blockers.seeServices'))}
              </>
            )}
            {blocker.kind === 'paused' && t('blockers.paused')}
            {blocker.kind === 'left' && t('blockers.left')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

// Refusals about the tenancy itself (a skipped step, missing data) stay unlinked in the summary.
const NEXT_FIELDS = ['checklist', 'note'] as const;

function NextStepForm({ tenancy, onDone }: { tenancy: TenancyDetail; onDone: (message: string) => void }) {
  const t = useT(MPP);
  const next = tenancy.nextStep;
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [advance, { loading }] = useMutation(ADVANCE_TENANCY);
  if (!next) return null;
  const blockers = blockersFor(tenancy, next.step);
  const fieldId = (field: string) => (field === 'note' ? 'advance-note' : checklistFieldId(next.checklist[0]?.code ?? ''));

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!next) return;
    const unchecked = uncheckedItems(
      next.checklist.map((item) => item.code),
      ticked,
    );
    if (unchecked.length) {
      const mapped = localErrors({ checklist: t('onboarding.tickAll') }, () => checklistFieldId(unchecked[0]));
      setErrors(mapped);
      return;
    }
    const result = await advance({ input: { tenancyId: tenancy.id, to: next.step, checklist: [...ticked], note: blankToNull(note) } });
    if (result.errors) {
      setErrors(mapServerErrors(result.errors, NEXT_FIELDS, fieldId));
      return;
    }
    setErrors({ fields: {}, summary: [] });
    setTicked(new Set());
    setNote('');
    onDone(t('onboarding.advanced', { step: t(`step.${next.step}`) }));
  }

  return (
    <Paper withBorder p="lg" radius="sm" style={{ borderLeft: '6px solid #0b57a8' }}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="next-step-title">
        <Title order={2} size="h3" id="next-step-title" mb="xs">
          {t('onboarding.nextStep', { step: t(`step.${next.step}`) })}
        </Title>
        <Text mb="md">{t(`requirement.${next.step}`)}</Text>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md">
          {blockers.length > 0 && <BlockerList tenancy={tenancy} blockers={blockers} />}
          <ChecklistFieldset
            legend={t('onboarding.checklist')}
            items={next.checklist}
            ticked={ticked}
            onChange={setTicked}
            error={errors.fields['checklist']}
          />
          <TextAreaField
            id="advance-note"
            label={t('onboarding.note')}
            value={note}
            error={errors.fields['note']}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('onboarding.complete', { step: t(`step.${next.step}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
