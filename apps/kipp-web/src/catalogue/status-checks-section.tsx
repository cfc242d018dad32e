import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import {
  EmptyState,
  ErrorSummary,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  QueryView,
  SelectField,
  TextAreaField,
  useCursorPages,
} from '@simpul/ui';
import { nodes, useBasePath, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import type { InnovationStatus } from '../shared/enums';
import { InnovationStatusBadge } from '../shared/status-badge';
import { ANSWER_STATUS_CHECK, MY_STATUS_CHECKS, type StatusCheck } from './status-checks.operations';

export const recentYears = (today = new Date()): number[] => [0, 1, 2].map((back) => today.getFullYear() - back);

/** The owner's yearly status checks (their unit's or agency's innovations), unanswered first, each answered in place. */
export function StatusChecksSection() {
  const t = useT(KIPP);
  const [year, setYear] = useState(recentYears()[0]);
  const pages = useCursorPages(String(year));
  const query = useQuery(MY_STATUS_CHECKS, { year, after: pages.after });
  return (
    <section aria-labelledby="status-checks">
      <Title order={2} size="h3" id="status-checks" mt="xl" mb="xs">
        {t('statusCheck.title')}
      </Title>
      <Text mb="sm">{t('statusCheck.text')}</Text>
      <SelectField
        id="status-check-year"
        label={t('col.year')}
        maw={200}
        mb="sm"
        value={String(year)}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
        data={recentYears().map((y) => ({ value: String(y), label: String(y) }))}
      />
      <QueryView query={query}>
        {({ myStatusChecks }) =>
          myStatusChecks.totalCount === 0 ? (
            <EmptyState title={t('statusCheck.none', { year })} />
          ) : (
            <Stack gap="sm">
              {nodes(myStatusChecks).map((check) => (
                <StatusCheckItem key={check.innovationId} check={check} onAnswered={query.refetch} />
              ))}
              {(myStatusChecks.pageInfo.hasNextPage || pages.hasPrevious) && (
                <Group>
                  <Button variant="default" disabled={!pages.hasPrevious} onClick={pages.previous}>
                    {t('statusCheck.previous')}
                  </Button>
                  <Button
                    variant="default"
                    disabled={!myStatusChecks.pageInfo.hasNextPage}
                    onClick={() => pages.next(myStatusChecks.pageInfo.endCursor)}
                  >
                    {t('statusCheck.next')}
                  </Button>
                </Group>
              )}
            </Stack>
          )
        }
      </QueryView>
    </section>
  );
}

function StatusCheckItem({ check, onAnswered }: { check: StatusCheck; onAnswered: () => void }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const [answer] = useMutation(ANSWER_STATUS_CHECK);
  const [status, setStatus] = useState<InnovationStatus>('CONTINUING');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [busy, setBusy] = useState(false);
  const base = `status-${check.innovationId}`;
  const fieldId = (field: string) => `${base}-${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status === 'STOPPED' && !reason.trim()) return setErrors(localErrors({ reason: t('statusCheck.reasonRequired') }, fieldId));
    setBusy(true);
    const result = await answer({ innovationId: check.innovationId, year: check.year, status, reason: reason.trim() || null });
    setBusy(false);
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['reason', 'status'], fieldId));
    setErrors({ fields: {}, summary: [] });
    onAnswered();
  }

  return (
    <Paper withBorder p="md" radius="sm">
      <Group justify="space-between" mb="xs">
        <Anchor component={Link} to={to(`/inovasi/${check.innovationId}`)} fw={600}>
          {check.title}
        </Anchor>
        {check.answeredAt && <InnovationStatusBadge status={check.status} />}
      </Group>
      {check.answeredAt ? (
        <Text size="sm">
          {t('statusCheck.answered', { date: format.date(check.answeredAt) })}
          {check.reason ? ` — ${check.reason}` : ''}
        </Text>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('statusCheck.formLabel', { title: check.title })}>
          <ErrorSummary errors={errors.summary} />
          <Radio.Group
            id={fieldId('status')}
            label={t('statusCheck.question', { year: check.year })}
            value={status}
            onChange={(value) => setStatus(value)}
            mb="sm"
          >
            <Group mt="xs">
              <Radio value="CONTINUING" label={t('innovationStatus.CONTINUING')} />
              <Radio value="STOPPED" label={t('innovationStatus.STOPPED')} />
            </Group>
          </Radio.Group>
          <TextAreaField
            id={fieldId('reason')}
            label={t('statusCheck.reason')}
            description={t('statusCheck.reasonHint')}
            value={reason}
            error={errors.fields['reason']}
            onChange={(e) => setReason(e.currentTarget.value)}
            required={status === 'STOPPED'}
          />
          <Button type="submit" mt="sm" loading={busy}>
            {t('statusCheck.send')}
          </Button>
        </form>
      )}
    </Paper>
  );
}
