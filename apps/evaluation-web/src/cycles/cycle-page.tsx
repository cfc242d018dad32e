import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { Modal } from '@simpul/ui/mantine-more';
import { OriginBadge, PageHeader, QueryView } from '@simpul/ui';
import { formatDate, useLanguage, useMutation, useQuery, useSession, useT, useBasePath } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { LokusSection } from '../lokus/lokus-section';
import { useInstrumentName } from '../shared/instrument-name';
import { PhaseBadge } from '../shared/phase-label';
import { CYCLE, FINALISE_CYCLE, PUBLISH_CYCLE, RECOMPUTE, type RecomputeReport, type Cycle } from './cycle.operations';
import { EvaluatorsSection } from './evaluators-section';
import { PhasesSection } from './phases-section';
import { WORKFLOW } from '../workflow/workflow-messages';

/** A cycle: its phases, lokus and evaluators, and the one next step for the admin. */
export function CyclePage() {
  const { cycleId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const query = useQuery(CYCLE, { id: cycleId });
  const instrumentName = useInstrumentName();
  const admin = user?.role === 'NATIONAL_ADMIN';
  // Assigning an evaluator changes the lokus list and the workload: both sections reload on each change.
  const [revision, setRevision] = useState(0);
  const changed = () => setRevision((n) => n + 1);
  return (
    <QueryView query={query}>
      {({ evaluationCycle: cycle }) => (
        <Stack gap="xl">
          <PageHeader
            title={cycle.name}
            description={
              <Group gap="xs">
                <Text>
                  {t(`scheme.${cycle.scheme}`)} ·{' '}
                  {cycle.instrumentIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      {instrumentName(id)}
                    </span>
                  ))}
                </Text>
                <PhaseBadge phase={cycle.currentPhase} open={cycle.openPhases} published={!!cycle.publishedAt} />
                <OriginBadge origin={cycle.origin} />
              </Group>
            }
            breadcrumbs={[{ label: t('title'), to: to() }, { label: cycle.name }]}
            actions={
              <Group gap="md">
                <Anchor component={Link} to={to(`/cycles/${cycle.id}/results`)}>
                  {t('cycle.results')}
                </Anchor>
                {/* Aggregates are public once published, the admin's before; appeals are the admin's and evaluators' (their lokus'). */}
                {(admin || cycle.publishedAt) && (
                  <Anchor component={Link} to={to(`/cycles/${cycle.id}/agregat`)}>
                    {t('aggregates.link')}
                  </Anchor>
                )}
                {(admin || user?.role === 'EVALUATOR') && (
                  <Anchor component={Link} to={to(`/cycles/${cycle.id}/sanggahan`)}>
                    {t('appealList.link')}
                  </Anchor>
                )}
              </Group>
            }
          />
          {cycle.origin === 'DEMO' && <Alert color="yellow">{t('origin.demoCycle')}</Alert>}
          {cycle.origin !== 'DEMO' && cycle.source && <Text>{t('origin.source', { source: cycle.source })}</Text>}
          {admin && <NextStep cycle={cycle} onChanged={query.refetch} />}
          <PhasesSection
            cycle={cycle}
            canExtend={admin && !cycle.finalisedAt}
            canStart={admin && !cycle.publishedAt}
            onChanged={query.refetch}
          />
          {user && (
            <LokusSection
              cycleId={cycle.id}
              instrumentIds={cycle.instrumentIds}
              canEdit={admin && cycle.openPhases.includes('PREPARATION')}
              revision={revision}
              onChanged={changed}
            />
          )}
          {admin && <EvaluatorsSection cycleId={cycle.id} revision={revision} onChanged={changed} />}
        </Stack>
      )}
    </QueryView>
  );
}

/** The admin's one primary action for where the cycle stands: recompute, finalise, publish. */
function NextStep({ cycle, onChanged }: { cycle: Cycle; onChanged: () => void }) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const [recompute, recomputing] = useMutation(RECOMPUTE);
  const [finalise, finalising] = useMutation(FINALISE_CYCLE);
  const [publish, publishing] = useMutation(PUBLISH_CYCLE);
  const [report, setReport] = useState<RecomputeReport | null>(null);
  const tw = useT(WORKFLOW);
  const [confirming, setConfirming] = useState(false);
  const errors = [...(recomputing.errors ?? []), ...(finalising.errors ?? []), ...(publishing.errors ?? [])];
  const canRecompute =
    !cycle.finalisedAt && (['VERIFICATION', 'APPEAL', 'FINALISATION'] as const).some((p) => cycle.openPhases.includes(p));
  // The mutations never reject (their errors show in the alert below), so the buttons fire these without awaiting.
  async function publishNow() {
    if ((await publish({ cycleId: cycle.id })).data) onChanged();
  }
  async function recomputeNow() {
    setReport((await recompute({ cycleId: cycle.id })).data?.recomputeCycleResults ?? null);
  }
  async function finaliseNow() {
    setConfirming(false);
    if ((await finalise({ cycleId: cycle.id })).data) onChanged();
  }
  return (
    <Stack gap="sm" aria-live="polite">
      {cycle.publishedAt ? (
        <Alert color="green" title={t('next.publishedTitle')}>
          {t('next.published', { date: formatDate(cycle.publishedAt, language) })}
        </Alert>
      ) : cycle.finalisedAt ? (
        <Group>
          <Text>{t('next.finalised', { date: formatDate(cycle.finalisedAt, language) })}</Text>
          {cycle.openPhases.includes('PUBLISHED') ? (
            <Button loading={publishing.loading} onClick={() => void publishNow()}>
              {t('next.publish')}
            </Button>
          ) : (
            // Publishing outside its window is refused; say when it opens and how to open it now.
            <Text>
              {t('next.publishWindow', {
                date: formatDate(cycle.phases.find((p) => p.phase === 'PUBLISHED')?.startsAt ?? cycle.finalisedAt, language),
              })}
            </Text>
          )}
        </Group>
      ) : (
        <Group>
          {canRecompute && (
            <Button
              variant={cycle.openPhases.includes('FINALISATION') ? 'default' : 'filled'}
              loading={recomputing.loading}
              onClick={() => void recomputeNow()}
            >
              {t('next.recompute')}
            </Button>
          )}
          {cycle.openPhases.includes('FINALISATION') && (
            <Button loading={finalising.loading} onClick={() => setConfirming(true)}>
              {t('next.finalise')}
            </Button>
          )}
          {!canRecompute && !cycle.openPhases.includes('FINALISATION') && (
            <Text>{t('next.waiting', { phase: cycle.currentPhase ? t(`phase.${cycle.currentPhase}`) : t('phase.none') })}</Text>
          )}
        </Group>
      )}
      {report && (
        <Alert
          color={report.skipped.length ? 'yellow' : 'green'}
          title={t('next.recomputed', { computed: report.computed, cohorts: report.cohorts, ms: report.durationMs })}
        >
          {report.skipped.length > 0 && (
            <List size="sm">
              {report.skipped.map((s) => (
                <List.Item key={s.lokusId}>
                  {s.unitName}: {s.message[language]}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {errors.length > 0 && (
        <Alert color="red" role="alert" title={t('error.actionTitle')}>
          {errors.map((e) => e.message).join(' ')}
        </Alert>
      )}
      {/* Finalising cannot be undone: say what it freezes and ask first. */}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={tw('finalise.confirmTitle', { cycle: cycle.name })} centered>
        <Stack gap="md">
          <Text>{tw('finalise.confirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tw('finalise.no')}
            </Button>
            <Button color="red" loading={finalising.loading} onClick={() => void finaliseNow()}>
              {tw('finalise.yes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
