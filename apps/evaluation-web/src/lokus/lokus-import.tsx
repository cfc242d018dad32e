import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, SelectField, TextField } from '@simpul/ui';
import { nodes, useDebounced, useLanguage, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useState } from 'react';
import { CYCLE_LOKUS } from '../cycles/cycle.operations';
import { EVALUATION } from '../messages';
import { useInstrumentName } from '../shared/instrument-name';
import { lokusInputFromUnit } from './lokus-input';
import { IMPORT_LOKUS, REGISTRY_UNITS, type ImportReport, type RegistryUnit } from './lokus.operations';

const REGISTRY_STEP = 10;

/**
 * The admin adds lokus in preparation: types a unit's name, chooses units from the registry's
 * search results (several searches add to one choice), picks the cycle's instrument when it has
 * more than one, and adds them all at once (importLokus: all or none).
 */
export function LokusImport({
  cycleId,
  instrumentIds,
  onImported,
}: {
  cycleId: string;
  instrumentIds: readonly string[];
  onImported: () => void;
}) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const instrumentName = useInstrumentName();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search);
  const searching = debounced.trim().length >= 2;
  // Ten matches at first; "more" asks the registry for ten more each time (typing starts again at ten).
  const [shown, setShown] = useState(REGISTRY_STEP);
  useEffect(() => setShown(REGISTRY_STEP), [debounced]);
  const units = useQuery(REGISTRY_UNITS, { search: debounced, first: shown }, { skip: !searching });
  // Units of this search already in the cycle (the lokus list is paged, so ask through the same search).
  const existing = useQuery(CYCLE_LOKUS, { cycleId, search: debounced || null, first: 100, after: null }, { skip: !searching });
  const [chosen, setChosen] = useState<RegistryUnit[]>([]);
  // Units added here since the search was read: no longer offered, without asking again.
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const inCycle = new Set([...nodes(existing.data?.cycleLokus).map((l) => l.serviceUnitId), ...added]);
  const [instrumentId, setInstrumentId] = useState(instrumentIds[0] ?? '');
  const [problem, setProblem] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [importRows, state] = useMutation(IMPORT_LOKUS);
  const isChosen = (unit: RegistryUnit) => chosen.some((c) => c.id === unit.id);
  const toggle = (unit: RegistryUnit) => setChosen(isChosen(unit) ? chosen.filter((c) => c.id !== unit.id) : [...chosen, unit]);

  // Never rejects: the mutation resolves to its errors, shown in the summary, so the button fires it without awaiting.
  async function submit() {
    setReport(null);
    if (chosen.length === 0) return setProblem(t('lokusImport.nothing'));
    setProblem('');
    const result = await importRows({ cycleId, rows: chosen.map((unit) => ({ ...lokusInputFromUnit(unit), instrumentId })) });
    const imported = result.data?.importLokus;
    if (!imported) return;
    setReport(imported);
    if (imported.errors.length === 0) {
      setAdded(new Set([...added, ...chosen.map((unit) => unit.id)]));
      setChosen([]);
      onImported();
    }
  }
  // The server numbers rows from 1 in the order sent: name the unit, never a row number.
  const rowProblems =
    report?.errors.map((e) =>
      t('lokusImport.rowProblem', { unit: chosen[e.row - 1]?.name ?? String(e.row), message: e.message[language] }),
    ) ?? [];
  const problems = [problem, ...rowProblems, ...(state.errors ?? []).map((e) => e.message)].filter(Boolean);
  const found = units.data?.serviceUnits;
  return (
    <Stack gap="sm" component="section" aria-labelledby="lokus-import-title">
      <Title order={3} size="h4" id="lokus-import-title">
        {t('lokusImport.title')}
      </Title>
      <ErrorSummary errors={problems.map((message) => ({ fieldId: 'lokus-import-search', message }))} />
      <TextField
        id="lokus-import-search"
        label={t('lokusImport.search')}
        description={t('lokusImport.searchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      <Text size="sm" aria-live="polite">
        {searching && !found ? t('lokusImport.searching') : found && found.edges.length === 0 ? t('lokusImport.noMatch') : ''}
      </Text>
      {searching && found && found.edges.length > 0 && (
        <List listStyleType="none" spacing={4} aria-label={t('lokusImport.results')}>
          {found.edges.map(({ node }) => (
            <List.Item key={node.id}>
              <Group gap="sm">
                <Text>
                  {node.name} · {node.agency.name} · {node.region.name}
                </Text>
                {inCycle.has(node.id) ? (
                  <Text size="sm" c="dimmed">
                    {t('lokusImport.inCycle')}
                  </Text>
                ) : (
                  // The name stays "Pilih …" (its visible word is in it, WCAG 2.5.3); aria-pressed and the tick say it is chosen.
                  <Button
                    size="compact-sm"
                    variant={isChosen(node) ? 'filled' : 'default'}
                    aria-pressed={isChosen(node)}
                    aria-label={t('lokusImport.pickNamed', { name: node.name })}
                    onClick={() => toggle(node)}
                  >
                    {isChosen(node) && <span aria-hidden="true">✓&nbsp;</span>}
                    {t('lokusImport.pick')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
          {found.totalCount > found.edges.length && (
            <List.Item>
              <Button size="compact-sm" variant="subtle" onClick={() => setShown(shown + REGISTRY_STEP)}>
                {t('lokusImport.more', { shown: found.edges.length, total: found.totalCount })}
              </Button>
            </List.Item>
          )}
        </List>
      )}
      <Title order={4} size="h5" id="lokus-chosen-title">
        {t('lokusImport.chosen', { count: chosen.length })}
      </Title>
      {chosen.length === 0 ? (
        <Text size="sm">{t('lokusImport.noneChosen')}</Text>
      ) : (
        <List spacing={4} aria-labelledby="lokus-chosen-title">
          {chosen.map((unit) => (
            <List.Item key={unit.id}>
              <Group gap="sm">
                <Text>
                  {unit.name} · {unit.region.name}
                </Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('lokusImport.unpickNamed', { name: unit.name })}
                  onClick={() => toggle(unit)}
                >
                  {t('lokusImport.unpick')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {instrumentIds.length > 1 ? (
        <SelectField
          id="lokus-import-instrument"
          label={t('lokusImport.instrument')}
          description={t('lokusImport.instrumentHint')}
          value={instrumentId}
          onChange={(e) => setInstrumentId(e.currentTarget.value)}
          data={instrumentIds.map((id) => ({ value: id, label: instrumentName(id) }))}
          maw={520}
        />
      ) : (
        instrumentId && <Text size="sm">{t('lokusImport.instrumentOnly', { name: instrumentName(instrumentId) })}</Text>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={state.loading}>
          {t('lokusImport.submit', { count: chosen.length })}
        </Button>
        <Text size="sm" aria-live="polite">
          {report && report.errors.length === 0 ? t('lokusImport.done', { added: report.added, already: report.alreadyPresent }) : ''}
        </Text>
      </Group>
    </Stack>
  );
}
