import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  DataTable,
  ErrorSummary,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  SelectField,
  serverPagination,
  TextAreaField,
  TextField,
  useCursorPages,
} from '@simpul/ui';
import { nodes, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { MPP } from '../messages';
import { MallStatusBadge } from '../shared/badges';
import { isIsoDate } from '../shared/dates';
import type { MallStatus } from '../shared/enums';
import { useMppFormat } from '../shared/format';
import { MALL_STATUS_MOVES } from './mall-status-moves';
import { MALL_STATUS_HISTORY, SET_MALL_STATUS } from './mall-status.operations';
import type { MallProfile } from './mall.operations';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };
const STATUS_FIELDS = ['status', 'reason', 'openedOn'] as const;
const statusFieldId = (field: string) => `mall-status-${field}`;
const HISTORY_PAGE = 10;

/**
 * The mall's status and how it got there: a national admin moves it (PROPOSED → ACTIVE →
 * SUSPENDED/CLOSED) with a reason; the admin and the mall's operator read who changed it, when
 * and why, newest first.
 */
export function MallStatusPanel({
  mall,
  canChange,
  onChanged,
}: {
  mall: MallProfile;
  canChange: boolean;
  onChanged: (message: string) => void;
}) {
  const t = useT(MPP);
  const [refresh, setRefresh] = useState(0);
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="mall-status-title">
      <Title order={2} size="h3" id="mall-status-title" mb="md">
        {t('status.title')}
      </Title>
      <Stack gap="lg">
        {canChange && (
          <StatusForm
            mall={mall}
            onChanged={(message) => {
              setRefresh((n) => n + 1);
              onChanged(message);
            }}
          />
        )}
        <StatusHistory mallId={mall.id} refresh={refresh} />
      </Stack>
    </Paper>
  );
}

function StatusForm({ mall, onChanged }: { mall: MallProfile; onChanged: (message: string) => void }) {
  const t = useT(MPP);
  const moves = MALL_STATUS_MOVES[mall.status];
  const [status, setStatus] = useState<MallStatus | ''>('');
  const [reason, setReason] = useState('');
  const [openedOn, setOpenedOn] = useState(mall.openedOn ?? '');
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [save, { loading }] = useMutation(SET_MALL_STATUS);
  const field = (path: string) => ({ id: statusFieldId(path), error: errors.fields[path] ?? null });
  if (moves.length === 0) return <Text>{t('status.final')}</Text>;

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!status) local['status'] = t('status.chooseStatus');
    if (!reason.trim()) local['reason'] = t('status.reasonRequired');
    else if (reason.trim().length > 1000) local['reason'] = t('status.reasonTooLong');
    if (status === 'ACTIVE' && !openedOn) local['openedOn'] = t('status.openedOnRequired');
    else if (openedOn && !isIsoDate(openedOn)) local['openedOn'] = t('form.dateInvalid');
    else if (status === 'ACTIVE' && mall.proposedOn && openedOn < mall.proposedOn) local['openedOn'] = t('create.openedBeforeProposed');
    if (Object.keys(local).length || !status) return setErrors(localErrors(local, statusFieldId));
    const result = await save({ id: mall.id, status, reason: reason.trim(), openedOn: status === 'ACTIVE' ? openedOn : null });
    if (result.errors) return setErrors(mapServerErrors(result.errors, STATUS_FIELDS, statusFieldId));
    setErrors(NO_ERRORS);
    setStatus('');
    setReason('');
    onChanged(t('status.changed', { status: t(`mallStatus.${result.data.setMallStatus.status}`) }));
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="mall-status-form-title">
      <Title order={3} size="h4" id="mall-status-form-title" mb="xs">
        {t('status.change')}
      </Title>
      <Text component="div" mb="sm">
        {t('status.current')} <MallStatusBadge status={mall.status} />
      </Text>
      <ErrorSummary errors={errors.summary} />
      <Stack gap="md" maw={760}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SelectField
            {...field('status')}
            label={t('status.new')}
            required
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as MallStatus | '')}
            data={[{ value: '', label: t('form.choose') }, ...moves.map((value) => ({ value, label: t(`mallStatus.${value}`) }))]}
          />
          {status === 'ACTIVE' && (
            <TextField
              {...field('openedOn')}
              type="date"
              label={t('col.openedOn')}
              description={t('status.openedOnHint')}
              required
              value={openedOn}
              onChange={(event) => setOpenedOn(event.currentTarget.value)}
            />
          )}
        </SimpleGrid>
        <TextAreaField
          {...field('reason')}
          label={t('status.reason')}
          description={t('status.reasonHint')}
          required
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={loading}>
            {t('status.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function StatusHistory({ mallId, refresh }: { mallId: string; refresh: number }) {
  const t = useT(MPP);
  const f = useMppFormat();
  // A new change resets to the first page, where it appears (newest first).
  const pages = useCursorPages(`${mallId}:${refresh}`);
  const query = useQuery(MALL_STATUS_HISTORY, { id: mallId, first: HISTORY_PAGE, after: pages.after });
  const { refetch } = query;
  useEffect(() => {
    if (refresh > 0) refetch();
  }, [refresh, refetch]);
  const history = query.data?.mall?.statusHistory;
  return (
    <section aria-labelledby="mall-status-history-title">
      <Title order={3} size="h4" id="mall-status-history-title" mb="xs">
        {t('status.history')}
      </Title>
      {query.errors && !history ? (
        <Text c="red.9">{query.errors.map((e) => e.message).join(' ')}</Text>
      ) : (
        <DataTable
          caption={t('status.history')}
          captionHidden
          loading={query.loading}
          rowKey={(row) => row.id}
          rows={nodes(history)}
          pagination={history ? serverPagination(history, pages, HISTORY_PAGE) : undefined}
          empty={<Text>{t('status.noHistory')}</Text>}
          columns={[
            { key: 'when', header: t('status.when'), cell: (row) => f.dateTime(row.changedAt) },
            {
              key: 'change',
              header: t('status.changeCol'),
              cell: (row) => (
                <Group gap={4} wrap="nowrap">
                  <MallStatusBadge status={row.from} />
                  <span aria-label={t('status.to')}>→</span>
                  <MallStatusBadge status={row.to} />
                </Group>
              ),
            },
            { key: 'reason', header: t('status.reason'), cell: (row) => row.reason },
            { key: 'by', header: t('status.by'), cell: (row) => row.changedByName ?? '–' },
          ]}
        />
      )}
    </section>
  );
}
