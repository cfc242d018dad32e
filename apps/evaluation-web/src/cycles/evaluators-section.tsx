import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { DataTable, ErrorSummary, SelectField, TextField, useCursorPages } from '@simpul/ui';
import { useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import { nodes } from '../shared/connection';
import { QueryView } from '../shared/query-view';
import { useDebounced } from '../shared/use-debounced';
import { CYCLE_LOKUS } from './cycle.operations';
import { AGREEMENT, ASSIGN_EVALUATOR, EVALUATOR_PROFILES, WORKLOAD } from './evaluators.operations';

const WORKLOAD_PAGE = 20;
/** Pickers show this many matches; typing narrows them on the server. */
const PICKER_SIZE = 50;

/** Workload per evaluator, assignment (refusals such as conflicts of interest shown as sent), and inter-rater agreement. */
export function EvaluatorsSection({ cycleId }: { cycleId: string }) {
  const t = useT(EVALUATION);
  const format = useFormat();
  const pages = useCursorPages(cycleId);
  const workload = useQuery(WORKLOAD, { cycleId, first: WORKLOAD_PAGE, after: pages.after });
  const agreement = useQuery(AGREEMENT, { cycleId });
  // Agreement rows carry evaluator ids; the names of the first 100 evaluators cover the usual case, the id shows otherwise.
  const profiles = useQuery(EVALUATOR_PROFILES, { search: null, first: 100 });
  const names = new Map(nodes(profiles.data?.evaluatorProfiles).map((p) => [p.userId, p.displayName]));
  return (
    <Stack component="section" aria-labelledby="evaluators-title" gap="md">
      <Title order={2} size="h3" id="evaluators-title">{t('evaluators.title')}</Title>
      <QueryView query={workload}>
        {({ evaluatorWorkload }) => (
          <DataTable
            caption={t('evaluators.workload')}
            rows={nodes(evaluatorWorkload)}
            rowKey={(w) => w.evaluatorId}
            empty={t('evaluators.none')}
            pagination={{ page: pages.page, pageSize: WORKLOAD_PAGE, totalCount: evaluatorWorkload.totalCount, hasNext: evaluatorWorkload.pageInfo.hasNextPage, hasPrevious: pages.hasPrevious, onNext: () => pages.next(evaluatorWorkload.pageInfo.endCursor), onPrevious: pages.previous }}
            columns={[
              { key: 'name', header: t('col.evaluator'), cell: (w) => w.displayName, sortValue: (w) => w.displayName },
              { key: 'level', header: t('col.level'), cell: (w) => t(`evaluatorLevel.${w.level}`) },
              { key: 'primary', header: t('col.primaryLokus'), cell: (w) => w.primaryLokus, sortValue: (w) => w.primaryLokus, numeric: true },
              { key: 'second', header: t('col.secondLokus'), cell: (w) => w.secondRaterLokus, numeric: true },
              { key: 'progress', header: t('col.progress'), cell: (w) => t('evaluators.progress', { scored: w.scoredIndicators, total: w.totalIndicators, done: w.completedLokus }), sortValue: (w) => (w.totalIndicators ? w.scoredIndicators / w.totalIndicators : 0) },
              { key: 'appeals', header: t('col.openAppeals'), cell: (w) => w.openAppeals, numeric: true },
            ]}
          />
        )}
      </QueryView>
      <AssignForm cycleId={cycleId} onAssigned={workload.refetch} />
      <QueryView query={agreement}>
        {({ interRaterAgreement }) => (
          <DataTable
            caption={t('agreement.caption')}
            rows={interRaterAgreement}
            rowKey={(a) => `${a.evaluatorA}:${a.evaluatorB}`}
            empty={t('agreement.none')}
            columns={[
              { key: 'a', header: t('col.raterA'), cell: (a) => names.get(a.evaluatorA) ?? a.evaluatorA },
              { key: 'b', header: t('col.raterB'), cell: (a) => names.get(a.evaluatorB) ?? a.evaluatorB },
              { key: 'lokus', header: t('col.lokusCount'), cell: (a) => a.lokusCount, numeric: true },
              { key: 'items', header: t('col.items'), cell: (a) => a.items, numeric: true },
              { key: 'kappa', header: t('col.kappa'), cell: (a) => (a.kappa === null ? t('agreement.undefined') : `${format.number(a.kappa, 3)} · ${t(`agreement.band.${kappaBand(a.kappa)}`)}`), numeric: true },
              { key: 'exact', header: t('col.exact'), cell: (a) => `${format.number(a.exactAgreement * 100, 0)}%`, numeric: true },
            ]}
          />
        )}
      </QueryView>
    </Stack>
  );
}

/** Landis & Koch's words for a kappa, so the number reads as a judgement too. */
export function kappaBand(kappa: number): 'poor' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect' {
  if (kappa < 0.21) return 'poor';
  if (kappa < 0.41) return 'fair';
  if (kappa < 0.61) return 'moderate';
  if (kappa < 0.81) return 'substantial';
  return 'almostPerfect';
}

function AssignForm({ cycleId, onAssigned }: { cycleId: string; onAssigned: () => void }) {
  const t = useT(EVALUATION);
  const [lokusSearch, setLokusSearch] = useState('');
  const [evaluatorSearch, setEvaluatorSearch] = useState('');
  const lokusTerm = useDebounced(lokusSearch);
  const evaluatorTerm = useDebounced(evaluatorSearch);
  const lokus = useQuery(CYCLE_LOKUS, { cycleId, search: lokusTerm.trim() || null, first: PICKER_SIZE, after: null });
  const evaluators = useQuery(EVALUATOR_PROFILES, { search: evaluatorTerm.trim() || null, first: PICKER_SIZE });
  const lokusOptions = nodes(lokus.data?.cycleLokus);
  const evaluatorOptions = nodes(evaluators.data?.evaluatorProfiles);
  const [values, setValues] = useState({ lokusId: '', evaluatorId: '', role: 'PRIMARY' as 'PRIMARY' | 'SECOND_RATER' });
  const [assign, state] = useMutation(ASSIGN_EVALUATOR);
  const [done, setDone] = useState('');
  const fieldError = (field: string) => state.errors?.find((e) => e.field === `input.${field}`)?.message ?? null;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const result = await assign({ input: values });
    if (result.data) {
      setDone(t('assign.done'));
      onAssigned();
      lokus.refetch();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="assign-title">
      <Title order={3} size="h4" id="assign-title">{t('assign.title')}</Title>
      <ErrorSummary errors={(state.errors ?? []).map((e) => ({ message: e.message, fieldId: e.field ? `assign-${e.field.replace(/^input\./, '')}` : undefined }))} />
      <Group align="flex-end" mt="xs">
        <TextField id="assign-lokus-search" label={t('assign.lokusSearch')} description={t('assign.shown', { shown: lokusOptions.length, total: lokus.data?.cycleLokus.totalCount ?? 0 })} value={lokusSearch} onChange={(e) => setLokusSearch(e.currentTarget.value)} />
        <SelectField id="assign-lokusId" label={t('assign.lokus')} value={values.lokusId} error={fieldError('lokusId')} onChange={(e) => setValues({ ...values, lokusId: e.currentTarget.value })}
          data={[{ value: '', label: t('choose') }, ...lokusOptions.map((l) => ({ value: l.id, label: l.unitName }))]} />
      </Group>
      <Group align="flex-end" mt="xs">
        <TextField id="assign-evaluator-search" label={t('assign.evaluatorSearch')} description={t('assign.shown', { shown: evaluatorOptions.length, total: evaluators.data?.evaluatorProfiles.totalCount ?? 0 })} value={evaluatorSearch} onChange={(e) => setEvaluatorSearch(e.currentTarget.value)} />
        <SelectField id="assign-evaluatorId" label={t('assign.evaluator')} value={values.evaluatorId} error={fieldError('evaluatorId')} onChange={(e) => setValues({ ...values, evaluatorId: e.currentTarget.value })}
          data={[{ value: '', label: t('choose') }, ...evaluatorOptions.map((ev) => ({ value: ev.userId, label: ev.displayName }))]} />
        <SelectField id="assign-role" label={t('assign.role')} value={values.role} onChange={(e) => setValues({ ...values, role: e.currentTarget.value as 'PRIMARY' | 'SECOND_RATER' })}
          data={[{ value: 'PRIMARY', label: t('assignment.PRIMARY') }, { value: 'SECOND_RATER', label: t('assignment.SECOND_RATER') }]} />
        <Button type="submit" variant="default" loading={state.loading}>{t('assign.submit')}</Button>
      </Group>
      <Text size="sm" aria-live="polite" mt="xs">{done}</Text>
    </form>
  );
}
