import { Button, Group, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { ErrorSummary, localErrors, mapServerErrors, SelectField, TextField, type MappedErrors } from '@simpul/ui';
import { useFormat, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { SKM } from '../messages';
import { ElementName, useSkmLabels } from '../shared/labels';
import { CREATE_FOLLOW_UP, FOLLOW_UP_STATUSES, UPDATE_FOLLOW_UP, type FollowUp, type FollowUpStatus } from '../surveys/survey.operations';

const FIELDS = ['elementCode', 'action', 'owner', 'dueOn'] as const;
const fieldId = (field: string) => `skm-follow-up-${field}`;

/** Rencana tindak lanjut: per element (weak ones first offered), owner, due date and status. */
export function FollowUpsSection({
  surveyId,
  followUps,
  elements,
  canManage,
  onChanged,
}: {
  surveyId: string;
  followUps: FollowUp[];
  elements: { code: string; name: string; weak: boolean }[];
  canManage: boolean;
  onChanged: () => void;
}) {
  const t = useT(SKM);
  const [create, createState] = useMutation(CREATE_FOLLOW_UP);
  const labels = useSkmLabels();
  const weakFirst = [...elements].sort((a, b) => Number(b.weak) - Number(a.weak));
  const [values, setValues] = useState({ elementCode: weakFirst[0]?.code ?? '', action: '', owner: '', dueOn: '' });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saved, setSaved] = useState('');

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.action.trim()) local['action'] = t('followUp.actionRequired');
    if (!values.owner.trim()) local['owner'] = t('followUp.ownerRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueOn)) local['dueOn'] = t('followUp.dueRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await create({ input: { surveyId, ...values, action: values.action.trim(), owner: values.owner.trim() } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors({ fields: {}, summary: [] });
    setValues({ ...values, action: '', owner: '', dueOn: '' });
    onChanged();
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('followUp.title')}
      </Title>
      <div role="status" aria-live="polite">
        {saved && <Text fw={600}>{saved}</Text>}
      </div>
      {followUps.length === 0 ? (
        <Text>{t('followUp.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table withTableBorder striped>
            <caption style={{ textAlign: 'left' }}>{t('followUp.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('col.element')}</Table.Th>
                <Table.Th>{t('followUp.action')}</Table.Th>
                <Table.Th>{t('followUp.owner')}</Table.Th>
                <Table.Th>{t('followUp.dueOn')}</Table.Th>
                <Table.Th>{t('followUp.status')}</Table.Th>
                <Table.Th>{t('followUp.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {followUps.map((f) => (
                <FollowUpRow
                  key={f.id}
                  followUp={f}
                  canManage={canManage}
                  onSaved={(message) => {
                    setSaved(message);
                    onChanged();
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && elements.length > 0 && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Title order={3} size="h4" mt="sm">
            {t('followUp.add')}
          </Title>
          <ErrorSummary errors={errors.summary} />
          <Stack gap="xs" maw={520}>
            <SelectField
              id={fieldId('elementCode')}
              label={t('col.element')}
              error={errors.fields['elementCode']}
              value={values.elementCode}
              data={weakFirst.map((e) => ({
                value: e.code,
                label: `${e.code} · ${labels.element(e.code, e.name)}${e.weak ? ` (${t('result.weak')})` : ''}`,
              }))}
              onChange={(e) => setValues({ ...values, elementCode: e.currentTarget.value })}
            />
            <TextField
              id={fieldId('action')}
              label={t('followUp.action')}
              error={errors.fields['action']}
              value={values.action}
              onChange={(e) => setValues({ ...values, action: e.currentTarget.value })}
            />
            <TextField
              id={fieldId('owner')}
              label={t('followUp.owner')}
              error={errors.fields['owner']}
              value={values.owner}
              onChange={(e) => setValues({ ...values, owner: e.currentTarget.value })}
            />
            <TextField
              id={fieldId('dueOn')}
              type="date"
              label={t('followUp.dueOn')}
              error={errors.fields['dueOn']}
              value={values.dueOn}
              onChange={(e) => setValues({ ...values, dueOn: e.currentTarget.value })}
            />
            <Group>
              <Button type="submit" variant="outline" loading={createState.loading}>
                {t('followUp.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/**
 * One plan: status and outcome change together and are saved by a button, which keeps the focus; the
 * saved state is announced (a select that saved on change did so silently and lost the focus).
 */
function FollowUpRow({ followUp: f, canManage, onSaved }: { followUp: FollowUp; canManage: boolean; onSaved: (message: string) => void }) {
  const t = useT(SKM);
  const format = useFormat();
  const labels = useSkmLabels();
  const [update, state] = useMutation(UPDATE_FOLLOW_UP);
  const [status, setStatus] = useState<FollowUpStatus>(f.status);
  const [outcome, setOutcome] = useState(f.outcome ?? '');
  const element = `${f.elementCode} · ${labels.element(f.elementCode, f.elementName)}`;
  async function save() {
    const result = await update({ input: { id: f.id, status, outcome: outcome.trim() === '' ? null : outcome.trim() } });
    if (result.data) onSaved(t('followUp.saved', { element, status: t(`status.${result.data.updateSkmFollowUp.status}`) }));
  }
  return (
    <Table.Tr>
      <Table.Td>
        <ElementName code={f.elementCode} name={f.elementName} />
      </Table.Td>
      <Table.Td>{f.action}</Table.Td>
      <Table.Td>{f.owner}</Table.Td>
      <Table.Td>{format.date(`${f.dueOn}T12:00:00+07:00`)}</Table.Td>
      {canManage ? (
        <>
          <Table.Td>
            <NativeSelect
              aria-label={t('followUp.statusOf', { element })}
              value={status}
              data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              onChange={(e) => setStatus(e.currentTarget.value as FollowUpStatus)}
            />
          </Table.Td>
          <Table.Td>
            <Stack gap={4}>
              <Textarea
                aria-label={t('followUp.outcomeOf', { element })}
                value={outcome}
                autosize
                minRows={1}
                onChange={(e) => setOutcome(e.currentTarget.value)}
              />
              {state.errors && (
                <Text c="red.9" size="sm" role="alert">
                  {state.errors.map((e) => e.message).join(' ')}
                </Text>
              )}
              <Group>
                <Button size="compact-sm" variant="outline" loading={state.loading} onClick={() => void save()}>
                  {t('followUp.outcomeSave')}
                </Button>
              </Group>
            </Stack>
          </Table.Td>
        </>
      ) : (
        <>
          <Table.Td>{t(`status.${f.status}`)}</Table.Td>
          <Table.Td>{f.outcome ?? '–'}</Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
