import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState, ErrorSummary, PageHeader, QueryView, mapServerErrors } from '@simpul/ui';
import { useBasePath, useFormat, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { ActionCard, type ActionMode } from './action-card';
import { ActionForm } from './action-form';
import { FOLLOW_UP } from './messages';
// This page's texts register with it, apart from the link and summary the home and the rapor show.
import './page-messages';
import { CREATE_FOLLOW_UP_PLAN, FOLLOW_UP_PLAN, SUBMIT_FOLLOW_UP_PLAN, type FollowUpPlanView } from './follow-up.operations';
import { PlanSummary } from './plan-summary';
import { QuickWinsPanel } from './quick-wins-panel';
import { ReviewForm } from './review-form';

/**
 * A lokus' follow-up plan (RTL): the desk drafts it from the rapor, edits and submits it, then reports
 * progress; the unit's evaluator or the admin accepts or returns it and closes actions.
 */
export function FollowUpPage() {
  const { lokusId = '' } = useParams();
  const t = useT(FOLLOW_UP);
  const te = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const query = useQuery(FOLLOW_UP_PLAN, { lokusId });
  const [notice, setNotice] = useState('');
  const [create, creating] = useMutation(CREATE_FOLLOW_UP_PLAN);
  const createErrors = mapServerErrors(creating.errors ?? [], [], (field) => field);
  const changed = (message: string) => {
    setNotice(message);
    query.refetch();
  };
  const desk = user?.role === 'UNIT_DESK';
  const unitName = query.data?.lokusById.unitName ?? '…';
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={query.data ? t('description', { year: query.data.lokusById.cycle.year, unit: unitName }) : undefined}
        breadcrumbs={[
          { label: te('title'), to: to() },
          { label: t('list.title'), to: to('/tindak-lanjut') },
          { label: unitName, to: to(`/lokus/${lokusId}`) },
          { label: t('crumb') },
        ]}
      />
      <Text role="status" aria-live="polite" size="sm" data-testid="follow-up-notice">
        {notice}
      </Text>
      <QueryView query={query}>
        {({ lokusById: lokus, followUpPlan: plan }) =>
          !lokus.cycle.publishedAt ? (
            <Alert color="gray">{t('notPublished')}</Alert>
          ) : !plan ? (
            <EmptyState
              title={t('empty.title')}
              action={
                desk ? (
                  <Stack gap="xs">
                    <ErrorSummary errors={createErrors.summary} />
                    <Button
                      loading={creating.loading}
                      onClick={() =>
                        void create({ lokusId }).then((result) => {
                          if (result.data) changed(t('created'));
                        })
                      }
                    >
                      {t('create')}
                    </Button>
                  </Stack>
                ) : undefined
              }
            >
              {desk ? t('empty.desk') : t('empty.other')}
            </EmptyState>
          ) : (
            <PlanView plan={plan} desk={desk} onChanged={changed} />
          )
        }
      </QueryView>
    </Stack>
  );
}

function PlanView({ plan, desk, onChanged }: { plan: FollowUpPlanView; desk: boolean; onChanged: (message: string) => void }) {
  const t = useT(FOLLOW_UP);
  const format = useFormat();
  const [submit, submitting] = useMutation(SUBMIT_FOLLOW_UP_PLAN);
  const submitErrors = mapServerErrors(submitting.errors ?? [], [], (field) => field);
  const editable = desk && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  const mode: ActionMode = editable ? 'edit' : plan.status !== 'ACCEPTED' ? 'read' : desk ? 'report' : 'close';
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Text fw={600}>{t('planStatus', { status: t(`status.${plan.status}`) })}</Text>
        {plan.demo && <Text size="sm">({t('demo')})</Text>}
      </Group>
      {plan.status === 'RETURNED' && (
        <Alert color="yellow" title={t('returned.title', { name: plan.reviewedByName ?? '—' })}>
          {plan.reviewComment}
        </Alert>
      )}
      {plan.status === 'SUBMITTED' && plan.submittedAt && <Text>{t('submitted.wait', { date: format.date(plan.submittedAt) })}</Text>}
      {plan.status === 'ACCEPTED' && plan.reviewedAt && (
        <Text>{t('accepted.by', { name: plan.reviewedByName ?? '—', date: format.date(plan.reviewedAt) })}</Text>
      )}
      {plan.status === 'ACCEPTED' && <PlanSummary actions={plan.actions} />}
      {plan.status === 'SUBMITTED' && !desk && <ReviewForm planId={plan.id} onDone={onChanged} />}
      <section aria-labelledby="actions-title">
        <Title order={2} size="h4" id="actions-title" mb="sm">
          {t('actions.title')}
        </Title>
        {plan.actions.length === 0 ? (
          <Text>{t('actions.none')}</Text>
        ) : (
          <Stack gap="sm">
            {plan.actions.map((action) => (
              <ActionCard key={action.id} planId={plan.id} action={action} mode={mode} onChanged={onChanged} />
            ))}
          </Stack>
        )}
      </section>
      {editable && <ActionForm planId={plan.id} action={null} number={plan.actions.length + 1} onSaved={onChanged} />}
      {(editable || !desk) && plan.status !== 'ACCEPTED' && <QuickWinsPanel planId={plan.id} editable={editable} onAdded={onChanged} />}
      {editable && (
        <Stack gap="xs">
          <ErrorSummary errors={submitErrors.summary} />
          <Group>
            <Button
              loading={submitting.loading}
              onClick={() =>
                void submit({ planId: plan.id }).then((result) => {
                  if (result.data) onChanged(t('submitted'));
                })
              }
            >
              {t('submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
