import { Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState } from '@simpul/ui';
import { nodes, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useRef, useState } from 'react';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { FLAGGED, IMPORT_BATCHES, REVIEW, REVIEW_BATCH, type ImportBatch } from '../surveys/survey.operations';

/**
 * Flagged answers and paper batches waiting for a decision — the same count the result's header
 * gives. Excluding needs an explicit confirmation; focus moves to it and back, and the outcome is said.
 */
export function FlaggedSection({ surveyId, canReview, onChanged }: { surveyId: string; canReview: boolean; onChanged: () => void }) {
  const t = useT(SKM);
  const format = useFormat();
  const labels = useSkmLabels();
  const query = useQuery(FLAGGED, { surveyId });
  const batchQuery = useQuery(IMPORT_BATCHES, { surveyId }, { skip: !canReview });
  const [review, state] = useMutation(REVIEW);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const excludeRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const rows = query.data ? nodes(query.data.skmFlaggedResponses) : [];
  const batches = batchQuery.data ? nodes(batchQuery.data.skmImportBatches) : [];
  const pendingBatches = batches.filter((batch) => batch.review === 'PENDING');
  // Known only once both answers are in: a count shown before them would say 0 where there may be many.
  const waiting =
    query.data && batchQuery.data
      ? query.data.skmFlaggedResponses.totalCount + pendingBatches.reduce((sum, batch) => sum + batch.rowCount, 0)
      : null;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function decide(decision: 'KEEP' | 'EXCLUDE') {
    const result = await review({ responseIds: selected, decision, note: null });
    setConfirming(false);
    if (result.data) {
      setMessage(
        t('flagged.done', {
          decided: format.number(result.data.reviewSkmResponses.decided),
          excluded: format.number(result.data.reviewSkmResponses.excluded),
        }),
      );
      setSelected([]);
      query.refetch();
      onChanged();
      // The buttons may be gone with the rows: the outcome keeps the focus.
      window.setTimeout(() => messageRef.current?.focus(), 0);
    }
  }

  function cancel() {
    setConfirming(false);
    window.setTimeout(() => excludeRef.current?.focus(), 0);
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('flagged.title')}
      </Title>
      <Text>{canReview ? t('flagged.hint') : t('flagged.readOnly')}</Text>
      <div role="status" aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message && <Text fw={600}>{message}</Text>}
      </div>
      {canReview &&
        (waiting !== null ? (
          <Text fw={600} data-testid="flagged-waiting">
            {t('flagged.waiting', { count: format.number(waiting) })}
          </Text>
        ) : (
          (query.loading || batchQuery.loading) && <Text fw={600}>{t('flagged.waitingCounting')}</Text>
        ))}
      {state.errors && (
        <Text c="red.9" role="alert">
          {state.errors.map((e) => e.message).join(' ')}
        </Text>
      )}
      {rows.length === 0 ? (
        <EmptyState title={t('flagged.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table withTableBorder striped>
            <caption style={{ textAlign: 'left' }}>{t('flagged.caption', { count: format.number(rows.length) })}</caption>
            <Table.Thead>
              <Table.Tr>
                {canReview && <Table.Th>{t('col.select')}</Table.Th>}
                <Table.Th>{t('col.answeredAt')}</Table.Th>
                <Table.Th>{t('col.channel')}</Table.Th>
                <Table.Th>{t('col.flags')}</Table.Th>
                <Table.Th>{t('col.answers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const when = `${format.date(row.answeredAt)} ${labels.time(row.answeredAt)}`;
                return (
                  <Table.Tr key={row.id}>
                    {canReview && (
                      <Table.Td>
                        <Checkbox
                          aria-label={t('flagged.selectOne', { time: when })}
                          checked={selected.includes(row.id)}
                          onChange={(e) => {
                            const on = e.currentTarget.checked;
                            setSelected((s) => (on ? [...s, row.id] : s.filter((id) => id !== row.id)));
                          }}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>{when}</Table.Td>
                    <Table.Td>{labels.channel(row.channel)}</Table.Td>
                    <Table.Td>{row.flags.map((flag) => t(`flag.${flag}`)).join(', ')}</Table.Td>
                    <Table.Td ff="monospace">{row.answers.join(' ')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canReview && rows.length > 0 && (
        <Group>
          {!confirming ? (
            <>
              <Button ref={excludeRef} disabled={selected.length === 0} color="red.8" onClick={() => setConfirming(true)}>
                {t('flagged.exclude', { count: format.number(selected.length) })}
              </Button>
              <Button variant="default" disabled={selected.length === 0} loading={state.loading} onClick={() => void decide('KEEP')}>
                {t('flagged.keep')}
              </Button>
            </>
          ) : (
            <Stack gap="xs" role="alertdialog" aria-label={t('flagged.confirmTitle')} aria-describedby="skm-exclude-confirm">
              <Text fw={600} id="skm-exclude-confirm">
                {t('flagged.confirm', { count: format.number(selected.length) })}
              </Text>
              <Group>
                <Button ref={confirmRef} color="red.8" loading={state.loading} onClick={() => void decide('EXCLUDE')}>
                  {t('flagged.confirmYes')}
                </Button>
                <Button variant="default" onClick={cancel}>
                  {t('form.cancel')}
                </Button>
              </Group>
            </Stack>
          )}
        </Group>
      )}
      {canReview && (
        <BatchReview
          batches={batches}
          onChanged={() => {
            batchQuery.refetch();
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}

/** Paper batches are reviewed whole (typed in by staff: STAFF_ENTERED until an admin keeps or excludes them). */
function BatchReview({ batches, onChanged }: { batches: ImportBatch[]; onChanged: () => void }) {
  const t = useT(SKM);
  const format = useFormat();
  const labels = useSkmLabels();
  const [reviewBatch, state] = useMutation(REVIEW_BATCH);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function decide(batch: ImportBatch, decision: 'KEEP' | 'EXCLUDE') {
    const result = await reviewBatch({ batchId: batch.id, decision });
    setConfirming(null);
    if (result.data) {
      setMessage(t(decision === 'KEEP' ? 'batch.kept' : 'batch.excluded', { file: batch.fileName, count: format.number(batch.rowCount) }));
      onChanged();
      window.setTimeout(() => messageRef.current?.focus(), 0);
    }
  }

  return (
    <Stack gap="xs" mt="md">
      <Title order={3} size="h4">
        {t('batch.title')}
      </Title>
      <div role="status" aria-live="polite" ref={messageRef} tabIndex={-1}>
        {message && <Text fw={600}>{message}</Text>}
      </div>
      {state.errors && (
        <Text c="red.9" role="alert">
          {state.errors.map((e) => e.message).join(' ')}
        </Text>
      )}
      {batches.length === 0 ? (
        <Text>{t('batch.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native">
          <Table withTableBorder striped>
            <caption style={{ textAlign: 'left' }}>{t('batch.caption', { count: format.number(batches.length) })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('batch.file')}</Table.Th>
                <Table.Th>{t('batch.importedAt')}</Table.Th>
                <Table.Th ta="right">{t('batch.rows')}</Table.Th>
                <Table.Th>{t('batch.state')}</Table.Th>
                <Table.Th>{t('setup.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.map((batch) => (
                <Table.Tr key={batch.id}>
                  <Table.Td>{batch.fileName}</Table.Td>
                  <Table.Td>
                    {format.date(batch.importedAt)} {labels.time(batch.importedAt)}
                  </Table.Td>
                  <Table.Td ta="right">{format.number(batch.rowCount)}</Table.Td>
                  <Table.Td>{t(`batch.review.${batch.review}`)}</Table.Td>
                  <Table.Td>
                    {batch.review !== 'PENDING' ? (
                      '–'
                    ) : confirming === batch.id ? (
                      <Group
                        gap="xs"
                        role="alertdialog"
                        aria-label={t('batch.confirm', { file: batch.fileName, count: format.number(batch.rowCount) })}
                      >
                        <Text size="sm">{t('batch.confirm', { file: batch.fileName, count: format.number(batch.rowCount) })}</Text>
                        <Button
                          ref={confirmRef}
                          size="compact-sm"
                          color="red.8"
                          loading={state.loading}
                          onClick={() => void decide(batch, 'EXCLUDE')}
                        >
                          {t('flagged.confirmYes')}
                        </Button>
                        <Button size="compact-sm" variant="default" onClick={() => setConfirming(null)}>
                          {t('form.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Group gap="xs">
                        <Button size="compact-sm" variant="default" loading={state.loading} onClick={() => void decide(batch, 'KEEP')}>
                          {t('batch.keep', { file: batch.fileName })}
                        </Button>
                        <Button size="compact-sm" color="red.8" onClick={() => setConfirming(batch.id)}>
                          {t('batch.exclude', { file: batch.fileName })}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
