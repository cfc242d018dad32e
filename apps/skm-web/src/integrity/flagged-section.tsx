import { Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import { EmptyState } from '@simpul/ui';
import { useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { SKM } from '../messages';
import { nodes } from '../shared/connection';
import { FLAGGED, REVIEW } from '../surveys/survey.operations';

/** Flagged answers waiting for a decision; excluding needs an explicit confirmation, and says what changed. */
export function FlaggedSection({ surveyId, canReview, onChanged }: { surveyId: string; canReview: boolean; onChanged: () => void }) {
  const t = useT(SKM);
  const format = useFormat();
  const query = useQuery(FLAGGED, { surveyId });
  const [review, state] = useMutation(REVIEW);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const rows = query.data ? nodes(query.data.skmFlaggedResponses) : [];

  async function decide(decision: 'KEEP' | 'EXCLUDE') {
    const result = await review({ responseIds: selected, decision, note: null });
    setConfirming(false);
    if (result.data) {
      setMessage(t('flagged.done', { decided: format.number(result.data.reviewSkmResponses.decided), excluded: format.number(result.data.reviewSkmResponses.excluded) }));
      setSelected([]);
      query.refetch();
      onChanged();
    }
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">{t('flagged.title')}</Title>
      <Text>{canReview ? t('flagged.hint') : t('flagged.readOnly')}</Text>
      <div role="status" aria-live="polite">{message && <Text fw={600}>{message}</Text>}</div>
      {state.errors && <Text c="red.9" role="alert">{state.errors.map((e) => e.message).join(' ')}</Text>}
      {rows.length === 0 ? <EmptyState title={t('flagged.empty')} /> : (
        <Table withTableBorder striped>
          <caption style={{ textAlign: 'left' }}>{t('flagged.caption', { count: format.number(rows.length) })}</caption>
          <Table.Thead><Table.Tr>
            {canReview && <Table.Th>{t('col.select')}</Table.Th>}
            <Table.Th>{t('col.answeredAt')}</Table.Th><Table.Th>{t('col.channel')}</Table.Th><Table.Th>{t('col.flags')}</Table.Th><Table.Th>{t('col.answers')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                {canReview && (
                  <Table.Td>
                    <Checkbox aria-label={t('flagged.selectOne', { time: row.answeredAt })}
                      checked={selected.includes(row.id)}
                      onChange={(e) => { const on = e.currentTarget.checked; setSelected((s) => (on ? [...s, row.id] : s.filter((id) => id !== row.id))); }} />
                  </Table.Td>
                )}
                <Table.Td>{format.date(row.answeredAt)} {new Date(row.answeredAt).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' })}</Table.Td>
                <Table.Td>{row.channel}</Table.Td>
                <Table.Td>{row.flags.map((flag) => t(`flag.${flag}`)).join(', ')}</Table.Td>
                <Table.Td ff="monospace">{row.answers.join(' ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canReview && rows.length > 0 && (
        <Group>
          {!confirming ? (
            <>
              <Button disabled={selected.length === 0} color="red.8" onClick={() => setConfirming(true)}>{t('flagged.exclude', { count: format.number(selected.length) })}</Button>
              <Button variant="default" disabled={selected.length === 0} loading={state.loading} onClick={() => void decide('KEEP')}>{t('flagged.keep')}</Button>
            </>
          ) : (
            <Stack gap="xs" role="alertdialog" aria-label={t('flagged.confirmTitle')}>
              <Text fw={600}>{t('flagged.confirm', { count: format.number(selected.length) })}</Text>
              <Group>
                <Button color="red.8" loading={state.loading} onClick={() => void decide('EXCLUDE')}>{t('flagged.confirmYes')}</Button>
                <Button variant="default" onClick={() => setConfirming(false)}>{t('form.cancel')}</Button>
              </Group>
            </Stack>
          )}
        </Group>
      )}
    </Stack>
  );
}
