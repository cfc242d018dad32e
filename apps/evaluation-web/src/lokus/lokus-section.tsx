import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { DataTable, ErrorSummary, TextAreaField, TextField, useCursorPages, QueryView } from '@simpul/ui';
import { useLanguage, useMutation, useQuery, useT, useBasePath, nodes, useDebounced } from '@simpul/web-kit';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { EVALUATION } from '../messages';
import { WORKFLOW } from '../workflow/workflow-messages';
import { CohortName } from '../shared/cohort-name';
import { useRefetchOn } from '../shared/use-refetch-on';
import { CYCLE_LOKUS, type LokusRow } from '../cycles/cycle.operations';
import { lokusInputFromUnit, parseLokusImport, IMPORT_COLUMNS } from './lokus-input';
import { ADD_LOKUS, IMPORT_LOKUS, REGISTRY_UNITS, REMOVE_LOKUS, type ImportReport, type RegistryUnit } from './lokus.operations';

const LOKUS_PAGE = 20;
const REGISTRY_STEP = 10;

/** The cycle's lokus and, in preparation, adding them from the registry one by one or as a list. */
export function LokusSection({
  cycleId,
  canEdit,
  revision = 0,
  onChanged,
}: {
  cycleId: string;
  canEdit: boolean;
  revision?: number;
  onChanged?: () => void;
}) {
  const t = useT(EVALUATION);
  const to = useBasePath();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search);
  const pages = useCursorPages(`${cycleId}:${debounced}`);
  const query = useQuery(CYCLE_LOKUS, { cycleId, search: debounced || null, first: LOKUS_PAGE, after: pages.after });
  const [remove] = useMutation(REMOVE_LOKUS);
  useRefetchOn(revision, query.refetch);
  const changed = onChanged ?? query.refetch;
  // Never rejects: the mutation resolves to its errors, so the button fires it without awaiting.
  async function removeLokus(lokusId: string) {
    await remove({ lokusId });
    changed();
  }
  return (
    <Stack component="section" aria-labelledby="lokus-title" gap="sm">
      <Title order={2} size="h3" id="lokus-title">
        {t('lokus.title')}
      </Title>
      <TextField id="lokus-search" label={t('lokus.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={420} />
      <QueryView query={query}>
        {({ cycleLokus }) => (
          <DataTable
            caption={t('lokus.caption', { count: cycleLokus.totalCount })}
            rows={nodes(cycleLokus)}
            rowKey={(l) => l.id}
            empty={t('lokus.none')}
            pagination={{
              page: pages.page,
              pageSize: LOKUS_PAGE,
              totalCount: cycleLokus.totalCount,
              hasNext: cycleLokus.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(cycleLokus.pageInfo.endCursor),
              onPrevious: pages.previous,
            }}
            columns={[
              {
                key: 'unit',
                header: t('col.unit'),
                cell: (l) => (
                  <Anchor component={Link} to={to(`/lokus/${l.id}`)}>
                    {l.unitName}
                  </Anchor>
                ),
              },
              { key: 'group', header: t('col.group'), cell: (l) => t(`group.${l.serviceGroup}`) },
              { key: 'province', header: t('col.province'), cell: (l) => l.provinceName ?? '' },
              { key: 'cohort', header: t('col.cohort'), cell: (l) => <CohortName of={l} /> },
              {
                key: 'evaluators',
                header: t('col.evaluators'),
                cell: (l) =>
                  l.assignments.length === 0
                    ? t('lokus.unassigned')
                    : l.assignments.map((a) => `${a.evaluatorName} (${t(`assignment.${a.role}`)})`).join(', '),
              },
              ...(canEdit
                ? [
                    {
                      key: 'remove',
                      header: t('col.actions'),
                      cell: (l: LokusRow) => (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('lokus.removeNamed', { name: l.unitName })}
                          onClick={() => void removeLokus(l.id)}
                        >
                          {t('lokus.remove')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      {canEdit && <AddFromRegistry cycleId={cycleId} onAdded={changed} />}
      {canEdit && <ImportList cycleId={cycleId} onImported={changed} />}
    </Stack>
  );
}

function AddFromRegistry({ cycleId, onAdded }: { cycleId: string; onAdded: () => void }) {
  const t = useT(EVALUATION);
  const tw = useT(WORKFLOW);
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search);
  // Ten matches at first; "more" asks the registry for ten more each time (typing starts again at ten).
  const [shown, setShown] = useState(REGISTRY_STEP);
  useEffect(() => setShown(REGISTRY_STEP), [debounced]);
  const units = useQuery(REGISTRY_UNITS, { search: debounced, first: shown }, { skip: debounced.trim().length < 2 });
  // Units already in the cycle (the lokus list itself is paged, so ask per shown unit through the same search).
  const existing = useQuery(
    CYCLE_LOKUS,
    { cycleId, search: debounced || null, first: 100, after: null },
    { skip: debounced.trim().length < 2 },
  );
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const inCycle = new Set([...nodes(existing.data?.cycleLokus).map((l) => l.serviceUnitId), ...added]);
  const [add, state] = useMutation(ADD_LOKUS);
  const [status, setStatus] = useState('');
  // Never rejects: the mutation resolves to the errors shown in the summary, so the buttons fire it without awaiting.
  async function addUnit(node: RegistryUnit) {
    const result = await add({ cycleId, input: lokusInputFromUnit(node) });
    if (result.data) {
      setAdded(new Set([...added, node.id]));
      setStatus(t('lokus.added', { name: node.name }));
      onAdded();
    }
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby="add-lokus-title">
      <Title order={3} size="h4" id="add-lokus-title">
        {t('lokus.addTitle')}
      </Title>
      <TextField
        id="registry-search"
        label={t('lokus.registrySearch')}
        description={t('lokus.registryHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      <ErrorSummary errors={(state.errors ?? []).map((e) => ({ message: e.message }))} />
      <Text size="sm" aria-live="polite">
        {status}
      </Text>
      {debounced.trim().length >= 2 &&
        units.data &&
        (units.data.serviceUnits.edges.length === 0 ? (
          <Text>{t('lokus.registryNone')}</Text>
        ) : (
          <List listStyleType="none" spacing={4}>
            {units.data.serviceUnits.edges.map(({ node }) => (
              <List.Item key={node.id}>
                <Group gap="sm">
                  <Text>
                    {node.name} · {node.agency.name} · {node.region.name}
                  </Text>
                  {inCycle.has(node.id) ? (
                    <Text size="sm" c="dimmed">
                      {tw('lokus.alreadyAdded')}
                    </Text>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('lokus.addNamed', { name: node.name })}
                      onClick={() => void addUnit(node)}
                    >
                      {t('lokus.add')}
                    </Button>
                  )}
                </Group>
              </List.Item>
            ))}
            {units.data.serviceUnits.totalCount > units.data.serviceUnits.edges.length && (
              <List.Item>
                <Button size="compact-sm" variant="subtle" onClick={() => setShown(shown + REGISTRY_STEP)}>
                  {tw('lokus.more', { shown: units.data.serviceUnits.edges.length, total: units.data.serviceUnits.totalCount })}
                </Button>
              </List.Item>
            )}
          </List>
        ))}
    </Stack>
  );
}

function ImportList({ cycleId, onImported }: { cycleId: string; onImported: () => void }) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [importRows, state] = useMutation(IMPORT_LOKUS);
  async function submit() {
    const parsed = parseLokusImport(text);
    const local = parsed.problems.map((p) =>
      p.row === 0 ? t('import.header', { column: p.field }) : t('import.cell', { row: p.row, column: p.field }),
    );
    setProblems(local);
    setReport(null);
    if (local.length > 0 || parsed.rows.length === 0) return;
    const result = await importRows({ cycleId, rows: parsed.rows });
    if (result.data) {
      setReport(result.data.importLokus);
      if (result.data.importLokus.errors.length === 0) onImported();
    }
  }
  const serverProblems =
    report?.errors.map((e) => t('import.serverCell', { row: e.row, column: e.field, message: e.message[language] })) ?? [];
  const all = [...problems, ...serverProblems, ...(state.errors ?? []).map((e) => e.message)];
  return (
    <Stack gap="xs" component="section" aria-labelledby="import-title">
      <Title order={3} size="h4" id="import-title">
        {t('import.title')}
      </Title>
      <ErrorSummary errors={all.map((message) => ({ fieldId: 'import-text', message }))} />
      <TextAreaField
        id="import-text"
        label={t('import.label')}
        description={t('import.hint', { columns: IMPORT_COLUMNS.join(', ') })}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={4}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <Group>
        <Button variant="default" onClick={() => void submit()} loading={state.loading}>
          {t('import.submit')}
        </Button>
        <Text size="sm" aria-live="polite">
          {report && report.errors.length === 0 ? t('import.done', { added: report.added, already: report.alreadyPresent }) : ''}
        </Text>
      </Group>
    </Stack>
  );
}
