import { Anchor, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DataTable, EmptyState, ErrorSummary, PageHeader, SelectField, TextField, blankToNull, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { Announcement } from '../shared/announcement';
import { canManageMall } from '../shared/access';
import { MallStatusBadge } from '../shared/badges';
import { useMppPath } from '../shared/base-path';
import type { MallDocumentKind } from '../shared/enums';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { QueryView } from '../shared/query-state';
import { ADD_MALL_DOCUMENT, MALL_PROFILE, SET_OPENING_HOURS, type MallProfile } from './mall.operations';
import { OpeningHoursTable } from './opening-hours-table';
import { hoursFieldId, hoursInput, hoursRows, type HoursRow } from './opening-hours-values';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** The mall's record: status, establishment documents (Perpres 89/2021), opening hours and desks. */
export function MallProfilePage() {
  const t = useT(MPP);
  const to = useMppPath();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const query = useQuery(MALL_PROFILE, { id: mallId });
  const mall = query.data?.mall;
  const manager = canManageMall(user, mallId);
  return (
    <>
      <PageHeader
        title={t('profile.title', { mall: mall?.name ?? '' })}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: mall?.name ?? t('mall.label'), to: to(`/malls/${mallId}`) }, { label: t('nav.profile') }]}
      />
      {manager && <MallNav mallId={mallId} current="profile" />}
      <QueryView query={query}>{(data) => (data.mall ? <ProfileBody mall={data.mall} manager={manager} onChanged={query.refetch} /> : <EmptyState title={t('mall.notFound')} />)}</QueryView>
    </>
  );
}

function ProfileBody({ mall, manager, onChanged }: { mall: MallProfile; manager: boolean; onChanged: () => void }) {
  const t = useT(MPP);
  const f = useMppFormat();
  return (
    <Stack gap="xl">
      <Paper withBorder p="md" radius="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Text>
            <b>{t('col.status')}:</b> <MallStatusBadge status={mall.status} />
          </Text>
          <Text>
            <b>{t('profile.region')}:</b> {mall.regency.name}, {mall.province.name}
          </Text>
          <Text>
            <b>{t('profile.address')}:</b> {mall.address ?? '–'}
          </Text>
          <Text>
            <b>{t('profile.managingUnit')}:</b> {mall.managingUnit?.name ?? '–'}
          </Text>
          <Text>
            <b>{t('profile.proposedOn')}:</b> {mall.proposedOn ? f.day(mall.proposedOn) : '–'}
          </Text>
          <Text>
            <b>{t('col.openedOn')}:</b> {mall.openedOn ? f.day(mall.openedOn) : '–'}
          </Text>
        </SimpleGrid>
      </Paper>
      <section aria-labelledby="documents-title">
        <Title order={2} size="h3" id="documents-title" mb="xs">
          {t('profile.documents')}
        </Title>
        <DataTable
          caption={t('profile.documents')}
          captionHidden
          rowKey={(row) => row.id}
          rows={mall.documents}
          empty={<Text>{t('profile.noDocuments')}</Text>}
          columns={[
            { key: 'kind', header: t('col.kind'), cell: (row) => t(`documentKind.${row.kind}`) },
            { key: 'title', header: t('col.title'), cell: (row) => (row.url ? <Anchor href={row.url} target="_blank" rel="noreferrer">{row.title}</Anchor> : row.title) },
            { key: 'number', header: t('col.number'), cell: (row) => row.number ?? '–' },
            { key: 'issued', header: t('col.issuedOn'), cell: (row) => (row.issuedOn ? f.day(row.issuedOn) : '–') },
          ]}
        />
        {manager && <DocumentForm mallId={mall.id} onSaved={onChanged} />}
      </section>
      {manager ? <HoursEditor mall={mall} onSaved={onChanged} /> : <OpeningHoursTable hours={mall.openingHours} caption={t('mall.hours')} />}
      <section aria-labelledby="desk-list-title">
        <Title order={2} size="h3" id="desk-list-title" mb="xs">
          {t('profile.desks', { count: mall.desks.length })}
        </Title>
        <DataTable
          caption={t('profile.desks', { count: mall.desks.length })}
          captionHidden
          rowKey={(row) => row.id}
          rows={[...mall.desks].sort((a, b) => a.number - b.number)}
          pageSize={30}
          columns={[
            { key: 'number', header: t('col.desk'), cell: (row) => t('desk.name', { number: row.number }) },
            { key: 'label', header: t('deskForm.label'), cell: (row) => (deskName(t, row) === t('desk.name', { number: row.number }) ? '–' : row.label) },
            { key: 'ikm', header: t('col.ikm'), numeric: true, cell: (row) => (row.latestIkm === null ? t('profile.ikmLater') : t('desk.ikmValue', { value: f.number(row.latestIkm.value, 2), category: row.latestIkm.category.label, respondents: f.number(row.latestIkm.respondents) })) },
          ]}
        />
      </section>
    </Stack>
  );
}

function HoursEditor({ mall, onSaved }: { mall: MallProfile; onSaved: () => void }) {
  const t = useT(MPP);
  const [rows, setRows] = useState<HoursRow[]>(() => hoursRows(mall.openingHours));
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [announcement, setAnnouncement] = useState('');
  const [save, { loading }] = useMutation(SET_OPENING_HOURS);
  const update = (index: number, patch: Partial<HoursRow>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = hoursInput(rows, t);
    if ('errors' in checked) return setErrors(localErrors(checked.errors, (id) => id));
    const result = await save({ mallId: mall.id, hours: checked.hours });
    if (result.errors) return setErrors(mapServerErrors(result.errors, [], (id) => id));
    setErrors(NO_ERRORS);
    setAnnouncement(t('hours.saved'));
    onSaved();
  }

  return (
    <Paper withBorder p="lg" radius="sm">
      <form onSubmit={submit} noValidate aria-labelledby="hours-title">
        <Title order={2} size="h3" id="hours-title" mb="md">
          {t('mall.hours')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Announcement message={announcement} />
        <Table maw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('col.weekday')}</Table.Th>
              <Table.Th scope="col">{t('hours.opensAt')}</Table.Th>
              <Table.Th scope="col">{t('hours.closesAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={row.weekday}>
                <Table.Th scope="row">
                  <Checkbox id={`hours-${row.weekday}-open`} label={t('hours.openOn', { day: t(`weekday.${row.weekday}`) })} checked={row.open} onChange={(event) => update(index, { open: event.currentTarget.checked })} />
                </Table.Th>
                {(['opensAt', 'closesAt'] as const).map((part) => (
                  <Table.Td key={part}>
                    <TextInput
                      id={hoursFieldId(row.weekday, part)}
                      type="time"
                      aria-label={t(`hours.${part}Of`, { day: t(`weekday.${row.weekday}`) })}
                      disabled={!row.open}
                      value={row[part]}
                      error={errors.fields[hoursFieldId(row.weekday, part)] || undefined}
                      onChange={(event) => update(index, { [part]: event.currentTarget.value })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group mt="md">
          <Button type="submit" size="md" loading={loading}>
            {t('hours.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

const DOCUMENT_FIELDS = ['kind', 'title', 'number', 'issuedOn', 'fileName', 'url'] as const;
const documentFieldId = (field: string) => `document-${field}`;

function DocumentForm({ mallId, onSaved }: { mallId: string; onSaved: () => void }) {
  const t = useT(MPP);
  const [kind, setKind] = useState<MallDocumentKind | ''>('');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [add, { loading }] = useMutation(ADD_MALL_DOCUMENT);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!kind) local['kind'] = t('document.chooseKind');
    if (!title.trim()) local['title'] = t('document.titleRequired');
    if (Object.keys(local).length || !kind) return setErrors(localErrors(local, documentFieldId));
    const result = await add({ input: { mallId, kind, title: title.trim(), number: blankToNull(number), issuedOn: blankToNull(issuedOn), fileName: null, url: blankToNull(url) } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, DOCUMENT_FIELDS, documentFieldId));
    setErrors(NO_ERRORS);
    setTitle('');
    setNumber('');
    setUrl('');
    onSaved();
  }
  return (
    <details style={{ marginTop: 12 }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{t('document.add')}</summary>
      <form onSubmit={submit} noValidate style={{ marginTop: 12 }}>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <SelectField
              id="document-kind"
              label={t('col.kind')}
              value={kind}
              error={errors.fields['kind'] ?? null}
              onChange={(event) => setKind(event.currentTarget.value as MallDocumentKind | '')}
              data={[{ value: '', label: t('form.choose') }, ...(['REGENT_LETTER', 'URGENCY_STUDY', 'OTHER'] as const).map((value) => ({ value, label: t(`documentKind.${value}`) }))]}
            />
            <TextField id="document-title" label={t('col.title')} value={title} error={errors.fields['title'] ?? null} onChange={(event) => setTitle(event.currentTarget.value)} />
            <TextField id="document-number" label={t('col.number')} value={number} error={errors.fields['number'] ?? null} onChange={(event) => setNumber(event.currentTarget.value)} />
            <TextField id="document-issuedOn" type="date" label={t('col.issuedOn')} value={issuedOn} error={errors.fields['issuedOn'] ?? null} onChange={(event) => setIssuedOn(event.currentTarget.value)} />
          </SimpleGrid>
          <TextField id="document-url" type="url" label={t('pks.url')} value={url} error={errors.fields['url'] ?? null} onChange={(event) => setUrl(event.currentTarget.value)} />
          <Group>
            <Button type="submit" variant="default" loading={loading}>
              {t('document.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </details>
  );
}
