import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { SegmentedControl } from '@simpul/ui/mantine-inputs';
import {
  DataTable,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  localErrors,
  mapServerErrors,
  type MappedErrors,
  QueryView,
} from '@simpul/ui';
import { formatDate, useLanguage, useMutation, useQuery, useT, nodes, useDebounced } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import {
  AGENCY_OPTIONS,
  CONFLICTS,
  DECLARE_CONFLICT,
  UNIT_OPTIONS,
  WITHDRAW_CONFLICT,
  type ConflictRow,
  type EvaluatorProfileRow,
} from '../workflow/workflow.operations';
import { WORKFLOW } from '../workflow/workflow-messages';

const fieldId = (field: string) => `conflict-${field}`;

/** One evaluator's declared conflicts of interest: listed with names, withdrawn, and declared on their behalf. */
export function ConflictsPanel({ evaluator }: { evaluator: EvaluatorProfileRow }) {
  const t = useT(WORKFLOW);
  const [language] = useLanguage();
  const list = useQuery(CONFLICTS, { evaluatorId: evaluator.userId, first: 100 });
  const [withdraw, withdrawing] = useMutation(WITHDRAW_CONFLICT);
  const [status, setStatus] = useState('');
  const subject = (c: ConflictRow) =>
    c.serviceUnit
      ? t('conflicts.unitPrefix', { name: c.serviceUnit.name })
      : c.agency
        ? t('conflicts.agencyPrefix', { name: c.agency.name })
        : '—';
  // Never rejects: the mutation resolves to its errors, so the button fires it without awaiting.
  async function withdrawConflict(id: string) {
    if ((await withdraw({ id })).data) {
      setStatus(t('conflicts.withdrawn'));
      list.refetch();
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="conflicts-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="conflicts-title">
          {t('evaluators.conflicts', { name: evaluator.displayName })}
        </Title>
        <QueryView query={list}>
          {({ conflictDeclarations }) => (
            <DataTable
              caption={t('evaluators.conflicts', { name: evaluator.displayName })}
              captionHidden
              rows={nodes(conflictDeclarations)}
              rowKey={(c) => c.id}
              empty={t('conflicts.none')}
              columns={[
                { key: 'subject', header: t('col.subject'), cell: subject },
                { key: 'reason', header: t('col.reason'), cell: (c) => c.reason },
                { key: 'declared', header: t('col.declaredAt'), cell: (c) => formatDate(c.declaredAt, language) },
                {
                  key: 'actions',
                  header: t('col.actions'),
                  cell: (c) => (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      loading={withdrawing.loading}
                      aria-label={t('conflicts.withdrawNamed', { subject: subject(c) })}
                      onClick={() => void withdrawConflict(c.id)}
                    >
                      {t('conflicts.withdraw')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
        <Text size="sm" aria-live="polite">
          {status}
        </Text>
        <DeclareForm
          evaluatorId={evaluator.userId}
          onDeclared={() => {
            setStatus(t('conflicts.done'));
            list.refetch();
          }}
        />
      </Stack>
    </Paper>
  );
}

function DeclareForm({ evaluatorId, onDeclared }: { evaluatorId: string; onDeclared: () => void }) {
  const t = useT(WORKFLOW);
  const te = useT(EVALUATION);
  const [kind, setKind] = useState<'agency' | 'unit'>('agency');
  const [search, setSearch] = useState('');
  const term = useDebounced(search);
  const agencies = useQuery(AGENCY_OPTIONS, { search: term.trim() || null, first: 10 }, { skip: kind !== 'agency' });
  const units = useQuery(UNIT_OPTIONS, { search: term.trim() || null, first: 10 }, { skip: kind !== 'unit' || term.trim().length < 2 });
  const options = kind === 'agency' ? nodes(agencies.data?.agencies) : nodes(units.data?.serviceUnits);
  const [subjectId, setSubjectId] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<MappedErrors | null>(null);
  const [declare, state] = useMutation(DECLARE_CONFLICT);
  const errors =
    local ??
    mapServerErrors(state.errors ?? [], ['agencyId', 'serviceUnitId', 'reason'], (f) => fieldId(f === 'reason' ? 'reason' : 'subject'));
  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!subjectId) found['subject'] = t('conflicts.subjectMissing');
    if (!reason.trim()) found['reason'] = t('conflicts.reasonMissing');
    if (Object.keys(found).length) return setLocal(localErrors(found, fieldId));
    setLocal(null);
    const result = await declare({
      input: {
        evaluatorId,
        agencyId: kind === 'agency' ? subjectId : null,
        serviceUnitId: kind === 'unit' ? subjectId : null,
        reason: reason.trim(),
      },
    });
    if (result.data) {
      setSubjectId('');
      setReason('');
      onDeclared();
    }
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="declare-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="declare-title">
          {t('conflicts.declare')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <div role="group" aria-label={t('conflicts.kind')}>
          <Text size="sm" fw={500}>
            {t('conflicts.kind')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => {
              setKind(value);
              setSubjectId('');
            }}
            data={[
              { value: 'agency', label: t('conflicts.kind.agency') },
              { value: 'unit', label: t('conflicts.kind.unit') },
            ]}
          />
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField
            id="conflict-search"
            label={kind === 'agency' ? t('conflicts.agencySearch') : t('conflicts.unitSearch')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <SelectField
            id={fieldId('subject')}
            label={kind === 'agency' ? t('conflicts.agency') : t('conflicts.unit')}
            value={subjectId}
            error={errors.fields['subject'] ?? errors.fields['agencyId'] ?? errors.fields['serviceUnitId']}
            onChange={(e) => setSubjectId(e.currentTarget.value)}
            data={[{ value: '', label: te('choose') }, ...options.map((o) => ({ value: o.id, label: o.name }))]}
          />
        </SimpleGrid>
        <TextAreaField
          id={fieldId('reason')}
          label={t('conflicts.reason')}
          value={reason}
          error={errors.fields['reason']}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" variant="default" loading={state.loading}>
            {t('conflicts.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
