import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorSummary, localErrors, mapServerErrors, SelectField, TextField, type MappedErrors } from '@simpul/ui';
import { useFormat, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { SKM } from '../messages';
import { CREATE_FOLLOW_UP, FOLLOW_UP_STATUSES, UPDATE_FOLLOW_UP, type FollowUp, type FollowUpStatus } from '../surveys/survey.operations';

const FIELDS = ['elementCode', 'action', 'owner', 'dueOn'] as const;
const fieldId = (field: string) => `skm-follow-up-${field}`;

/** Rencana tindak lanjut: per element (weak ones first offered), owner, due date and status. */
export function FollowUpsSection({ surveyId, followUps, elements, canManage, onChanged }: {
  surveyId: string; followUps: FollowUp[]; elements: { code: string; name: string; weak: boolean }[]; canManage: boolean; onChanged: () => void;
}) {
  const t = useT(SKM);
  const format = useFormat();
  const [create, createState] = useMutation(CREATE_FOLLOW_UP);
  const [update] = useMutation(UPDATE_FOLLOW_UP);
  const weakFirst = [...elements].sort((a, b) => Number(b.weak) - Number(a.weak));
  const [values, setValues] = useState({ elementCode: weakFirst[0]?.code ?? '', action: '', owner: '', dueOn: '' });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });

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
      <Title order={2} size="h3">{t('followUp.title')}</Title>
      {followUps.length === 0 ? <Text>{t('followUp.empty')}</Text> : (
        <Table withTableBorder striped>
          <caption style={{ textAlign: 'left' }}>{t('followUp.caption')}</caption>
          <Table.Thead><Table.Tr><Table.Th>{t('col.element')}</Table.Th><Table.Th>{t('followUp.action')}</Table.Th><Table.Th>{t('followUp.owner')}</Table.Th><Table.Th>{t('followUp.dueOn')}</Table.Th><Table.Th>{t('followUp.status')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {followUps.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.elementCode} · {f.elementName}</Table.Td>
                <Table.Td>{f.action}{f.outcome && <Text size="sm" c="dimmed">{f.outcome}</Text>}</Table.Td>
                <Table.Td>{f.owner}</Table.Td>
                <Table.Td>{format.date(`${f.dueOn}T12:00:00+07:00`)}</Table.Td>
                <Table.Td>
                  {canManage ? (
                    <NativeSelect aria-label={t('followUp.statusOf', { element: f.elementCode })} value={f.status}
                      data={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                      onChange={async (e) => { const status = e.currentTarget.value as FollowUpStatus; if ((await update({ input: { id: f.id, status } })).data) onChanged(); }} />
                  ) : t(`status.${f.status}`)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canManage && elements.length > 0 && (
        <form onSubmit={submit} noValidate>
          <Title order={3} size="h4" mt="sm">{t('followUp.add')}</Title>
          <ErrorSummary errors={errors.summary} />
          <Stack gap="xs" maw={520}>
            <SelectField id={fieldId('elementCode')} label={t('col.element')} error={errors.fields['elementCode']} value={values.elementCode}
              data={weakFirst.map((e) => ({ value: e.code, label: `${e.code} · ${e.name}${e.weak ? ` (${t('result.weak')})` : ''}` }))}
              onChange={(e) => setValues({ ...values, elementCode: e.currentTarget.value })} />
            <TextField id={fieldId('action')} label={t('followUp.action')} error={errors.fields['action']} value={values.action} onChange={(e) => setValues({ ...values, action: e.currentTarget.value })} />
            <TextField id={fieldId('owner')} label={t('followUp.owner')} error={errors.fields['owner']} value={values.owner} onChange={(e) => setValues({ ...values, owner: e.currentTarget.value })} />
            <TextField id={fieldId('dueOn')} type="date" label={t('followUp.dueOn')} error={errors.fields['dueOn']} value={values.dueOn} onChange={(e) => setValues({ ...values, dueOn: e.currentTarget.value })} />
            <Group><Button type="submit" variant="outline" loading={createState.loading}>{t('followUp.save')}</Button></Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
