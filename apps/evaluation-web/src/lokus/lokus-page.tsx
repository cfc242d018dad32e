import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { PageHeader, QueryView } from '@simpul/ui';
import { useQuery, useSession, useT, useBasePath } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { DeskWork } from '../desk/desk-work';
import { F01SubmissionPanel } from '../desk/sending/f01-submission-panel';
import { EvaluatorWork } from '../evaluator/evaluator-work';
import { EVALUATION } from '../messages';
import { GapLink } from '../gap/gap-link';
import { CohortName } from '../shared/cohort-name';
import { instrumentFor } from '../shared/instrument';
import { PhaseBadge } from '../shared/phase-label';
import { ResultSummary } from '../results/result-summary';
import { LOKUS } from './lokus.operations';
import { FollowUpPlanLink } from '../follow-up/follow-up-links';

/** One lokus, shown for who is looking: the desk fills F-01, the evaluator scores F-02, the admin and the public see the result. */
export function LokusPage() {
  const { lokusId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const query = useQuery(LOKUS, { id: lokusId });
  return (
    <QueryView query={query}>
      {({ lokusById: lokus }) => {
        const instrument = instrumentFor(lokus.instrumentId);
        const mode =
          user?.role === 'UNIT_DESK'
            ? 'desk'
            : user?.role === 'EVALUATOR'
              ? 'evaluator'
              : user?.role === 'NATIONAL_ADMIN' && !lokus.cycle.publishedAt
                ? 'evaluator'
                : 'view';
        return (
          <Stack gap="lg">
            <PageHeader
              title={lokus.unitName}
              description={
                <Group gap="xs">
                  <Text>
                    {lokus.cycle.name} · {t(`group.${lokus.serviceGroup}`)} · <CohortName of={lokus} />
                  </Text>
                  <PhaseBadge phase={lokus.cycle.currentPhase} open={lokus.cycle.openPhases} published={!!lokus.cycle.publishedAt} />
                </Group>
              }
              breadcrumbs={[
                { label: t('title'), to: to() },
                { label: lokus.cycle.name, to: to(`/cycles/${lokus.cycleId}`) },
                { label: lokus.unitName },
              ]}
              actions={<GapLink serviceUnitId={lokus.serviceUnitId} />}
            />
            <Group gap="md">
              {lokus.result && (
                <Anchor component={Link} to={to(`/lokus/${lokus.id}/rapor`)}>
                  {t('lokus.reportCard')}
                </Anchor>
              )}
              {user && user.role !== 'EVALUATOR' && (
                <Anchor component={Link} to={to(`/lokus/${lokus.id}/survei`)}>
                  {t('lokus.survey')}
                </Anchor>
              )}
              <FollowUpPlanLink lokusId={lokus.id} published={!!lokus.cycle.publishedAt && !!lokus.result} />
              <Anchor component={Link} to={to(`/units/${lokus.serviceUnitId}`)}>
                {t('lokus.history')}
              </Anchor>
            </Group>
            {/* A desk's work area shows the published result in place of its live estimate. */}
            {lokus.result && !(mode === 'desk' && instrument && lokus.cycle.publishedAt) && <ResultSummary result={lokus.result} />}
            {lokus.instrumentId === null ? (
              <Alert color="blue">{t('lokus.publishedFigureOnly')}</Alert>
            ) : !instrument ? (
              <Alert color="red">{t('lokus.unknownInstrument', { id: lokus.instrumentId })}</Alert>
            ) : mode === 'desk' ? (
              <DeskWork lokus={lokus} instrument={instrument} refetch={query.refetch} />
            ) : mode === 'evaluator' ? (
              <>
                {/* Whether the unit has sent F-01 (its receipt); the national admin may reopen it. */}
                <F01SubmissionPanel
                  lokusId={lokus.id}
                  unitName={lokus.unitName}
                  instrument={instrument}
                  canReopen={user?.role === 'NATIONAL_ADMIN'}
                />
                <EvaluatorWork lokus={lokus} instrument={instrument} refetch={query.refetch} />
              </>
            ) : null}
          </Stack>
        );
      }}
    </QueryView>
  );
}
