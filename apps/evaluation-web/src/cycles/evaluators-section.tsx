import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { DataTable, ErrorSummary, SelectField, TextField, useCursorPages, QueryView } from '@simpul/ui';
import { useFormat, useLanguage, useMutation, useQuery, useT, nodes, useDebounced } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import type { AssignmentRole } from '../__generated__/operations';
import { EVALUATION } from '../messages';
import { useRefetchOn } from '../shared/use-refetch-on';
import { ASSIGNMENT_CANDIDATES } from '../workflow/workflow.operations';
import { WORKFLOW } from '../workflow/workflow-messages';
import { CYCLE_LOKUS } from './cycle.operations';
import { AGREEMENT, ASSIGN_EVALUATOR, EVALUATOR_PROFILES, WORKLOAD } from './evaluators.operations';

const WORKLOAD_PAGE = 20;
/** Pickers show this many matches; typing narrows them on the server. */
const PICKER_SIZE = 50;

/** Workload per evaluator, assignment (refusals such as conflicts of interest shown as sent), and inter-rater agreement. */
export function EvaluatorsSection({ cycleId, revision = 0, onChanged }: { cycleId: string; revision?: number; onChanged?: () => void }) {
  const t = useT(EVALUATION);
  const format = useFormat();
  const pages = useCursorPages(cycleId);
  const workload = useQuery(WORKLOAD, { cycleId, first: WORKLOAD_PAGE, after: pages.after });
  const agreement = useQuery(AGREEMENT, { cycleId });
  // Agreement rows carry evaluator ids; the names of the first 100 evaluators cover the usual case, the id shows otherwise.
  const profiles = useQuery(EVALUATOR_PROFILES, { search: null, first: 100 });
  const names = new Map(nodes(profiles.data?.evaluatorProfiles).map((p) => [p.userId, p.displayName]));
  const tw = useT(WORKFLOW);
  useRefetchOn(revision, workload.refetch);
  useRefetchOn(revision, agreement.refetch);
  return (
    <Stack component="section" aria-labelledby="evaluators-title" gap="md">
      <Title order={2} size="h3" id="evaluators-title">
        {t('evaluators.title')}
      </Title>
      <QueryView query={workload}>
        {({ evaluatorWorkload }) => (
          <DataTable
            caption={t('evaluators.workload')}
            rows={nodes(evaluatorWorkload)}
            rowKey={(w) => w.evaluatorId}
            empty={t('evaluators.none')}
            pagination={{
              page: pages.page,
              pageSize: WORKLOAD_PAGE,
              totalCount: evaluatorWorkload.totalCount,
              hasNext: evaluatorWorkload.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(evaluatorWorkload.pageInfo.endCursor),
              onPrevious: pages.previous,
            }}
            columns={[
              { key: 'name', header: t('col.evaluator'), cell: (w) => w.displayName, sortValue: (w) => w.displayName },
              { key: 'level', header: t('col.level'), cell: (w) => t(`evaluatorLevel.${w.level}`) },
              {
                key: 'primary',
                header: t('col.primaryLokus'),
                cell: (w) => w.primaryLokus,
                sortValue: (w) => w.primaryLokus,
                numeric: true,
              },
              { key: 'second', header: t('col.secondLokus'), cell: (w) => w.secondRaterLokus, numeric: true },
              {
                key: 'progress',
                header: t('col.progress'),
                cell: (w) =>
                  [
                    w.primaryLokus > 0 || !w.secondRaterLokus
                      ? t('evaluators.progress', { scored: w.scoredIndicators, total: w.totalIndicators, done: w.completedLokus })
                      : null,
                    w.secondRaterLokus > 0
                      ? tw('workload.second', { scored: w.secondScoredIndicators, total: w.secondTotalIndicators })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                sortValue: (w) => (w.totalIndicators ? w.scoredIndicators / w.totalIndicators : 0),
              },
              { key: 'appeals', header: t('col.openAppeals'), cell: (w) => w.openAppeals, numeric: true },
            ]}
          />
        )}
      </QueryView>
      <AssignForm cycleId={cycleId} revision={revision} onAssigned={onChanged ?? workload.refetch} />
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
              {
                key: 'kappa',
                header: t('col.kappa'),
                cell: (a) =>
                  a.kappa === null
                    ? t('agreement.undefined')
                    : `${format.number(a.kappa, 3)} · ${t(`agreement.band.${kappaBand(a.kappa)}`)}`,
                numeric: true,
              },
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

function AssignForm({ cycleId, revision, onAssigned }: { cycleId: string; revision: number; onAssigned: () => void }) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const [language] = useLanguage();
  const [lokusSearch, setLokusSearch] = useState('');
  const [evaluatorSearch, setEvaluatorSearch] = useState('');
  const lokusTerm = useDebounced(lokusSearch);
  const evaluatorTerm = useDebounced(evaluatorSearch);
  const [values, setValues] = useState({ lokusId: '', evaluatorId: '', role: 'PRIMARY' as AssignmentRole });
  const lokus = useQuery(CYCLE_LOKUS, { cycleId, search: lokusTerm.trim() || null, first: PICKER_SIZE, after: null });
  // Every enrolled evaluator for the chosen lokus, each with whether they may take it and why not (the service decides).
  const candidates = useQuery(
    ASSIGNMENT_CANDIDATES,
    { lokusId: values.lokusId, search: evaluatorTerm.trim() || null, first: PICKER_SIZE },
    { skip: !values.lokusId },
  );
  useRefetchOn(revision, lokus.refetch);
  useRefetchOn(revision, candidates.refetch);
  const lokusOptions = nodes(lokus.data?.cycleLokus);
  const all = values.lokusId ? nodes(candidates.data?.assignmentCandidates) : [];
  const eligible = all.filter((c) => c.eligible);
  const refused = all.filter((c) => !c.eligible);
  const [assign, state] = useMutation(ASSIGN_EVALUATOR);
  const [done, setDone] = useState('');
  const fieldError = (field: string) => state.errors?.find((e) => e.field === `input.${field}`)?.message ?? null;
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const result = await assign({ input: values });
    if (result.data) {
      setDone(t('assign.done'));
      setValues({ ...values, evaluatorId: '' });
      onAssigned();
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="assign-title">
      <Title order={3} size="h4" id="assign-title">
        {t('assign.title')}
      </Title>
      <ErrorSummary
        errors={(state.errors ?? []).map((e) => ({
          message: e.message,
          fieldId: e.field ? `assign-${e.field.replace(/^input\./, '')}` : undefined,
        }))}
      />
      <Group align="flex-end" mt="xs">
        <TextField
          id="assign-lokus-search"
          label={t('assign.lokusSearch')}
          description={t('assign.shown', { shown: lokusOptions.length, total: lokus.data?.cycleLokus.totalCount ?? 0 })}
          value={lokusSearch}
          onChange={(e) => setLokusSearch(e.currentTarget.value)}
        />
        <SelectField
          id="assign-lokusId"
          label={t('assign.lokus')}
          value={values.lokusId}
          error={fieldError('lokusId')}
          onChange={(e) => setValues({ ...values, lokusId: e.currentTarget.value, evaluatorId: '' })}
          data={[{ value: '', label: t('choose') }, ...lokusOptions.map((l) => ({ value: l.id, label: l.unitName }))]}
        />
      </Group>
      {!values.lokusId ? (
        <Text size="sm" mt="xs">
          {tw('assign.chooseLokus')}
        </Text>
      ) : (
        <>
          <Group align="flex-end" mt="xs">
            <TextField
              id="assign-evaluator-search"
              label={t('assign.evaluatorSearch')}
              description={t('assign.shown', { shown: all.length, total: candidates.data?.assignmentCandidates.totalCount ?? 0 })}
              value={evaluatorSearch}
              onChange={(e) => setEvaluatorSearch(e.currentTarget.value)}
            />
            <SelectField
              id="assign-evaluatorId"
              label={tw('assign.candidates')}
              value={values.evaluatorId}
              error={fieldError('evaluatorId')}
              onChange={(e) => setValues({ ...values, evaluatorId: e.currentTarget.value })}
              data={[
                { value: '', label: t('choose') },
                ...eligible.map((c) => ({
                  value: c.evaluator.userId,
                  label: `${c.evaluator.displayName} · ${t(`evaluatorLevel.${c.evaluator.level}`)}`,
                })),
              ]}
            />
            <SelectField
              id="assign-role"
              label={t('assign.role')}
              value={values.role}
              onChange={(e) => setValues({ ...values, role: e.currentTarget.value as AssignmentRole })}
              data={[
                { value: 'PRIMARY', label: t('assignment.PRIMARY') },
                { value: 'SECOND_RATER', label: t('assignment.SECOND_RATER') },
              ]}
            />
            <Button type="submit" variant="default" loading={state.loading}>
              {t('assign.submit')}
            </Button>
          </Group>
          {candidates.data && all.length === 0 && !evaluatorTerm.trim() && (
            <Text size="sm" mt="xs">
              {tw('assign.none')}
            </Text>
          )}
          {refused.length > 0 && (
            <Stack gap={2} mt="xs">
              <Text size="sm">{tw('assign.refusedCount', { count: refused.length })}</Text>
              <List size="sm">
                {refused.map((c) => (
                  <List.Item key={c.evaluator.userId}>
                    {tw('assign.why', { name: c.evaluator.displayName, reason: c.refusal ? c.refusal[language] : '' })}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
      <Text size="sm" aria-live="polite" mt="xs">
        {done}
      </Text>
    </form>
  );
}
