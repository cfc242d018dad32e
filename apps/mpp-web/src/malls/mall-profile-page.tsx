import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DataTable, EmptyState, ErrorSummary, localErrors, type MappedErrors, OriginBadge, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { useDeskIkmWords } from '../shared/desk-ikm-words';
import { Announcement } from '../shared/announcement';
import { canManageMall } from '../shared/access';
import { MallStatusBadge } from '../shared/badges';
import { DocumentLink } from '../files/document-link';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { MALL_PROFILE, SET_OPENING_HOURS, type MallProfile } from './mall.operations';
import { MallDetailsForm } from './mall-details-form';
import { MallDocumentForm } from './mall-document-form';
import { MallStatusPanel } from './mall-status-panel';
import { OpeningHoursTable } from './opening-hours-table';
import { OpeningHoursFields } from './opening-hours-fields';
import { hoursInput, hoursRows, hoursServerErrors, type HoursRow } from './opening-hours-values';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** The mall's record: status, establishment documents (Perpres 89/2021), opening hours and desks. */
export function MallProfilePage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const query = useQuery(MALL_PROFILE, { id: mallId, withTenants: false });
  const mall = query.data?.mall;
  const manager = canManageMall(user, mallId);
  return (
    <>
      <PageHeader
        title={t('profile.title', { mall: mall?.name ?? '' })}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: mall?.name ?? t('mall.label'), to: to(`/malls/${mallId}`) },
          { label: t('nav.profile') },
        ]}
      />
      {manager && <MallNav mallId={mallId} current="profile" />}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          data.mall ? (
            <ProfileBody mall={data.mall} manager={manager} onChanged={query.refetch} />
          ) : (
            <EmptyState title={t('mall.notFound')} />
          )
        }
      </QueryView>
    </>
  );
}

function ProfileBody({ mall, manager, onChanged }: { mall: MallProfile; manager: boolean; onChanged: () => void }) {
  const t = useT(MPP);
  const f = useMppFormat();
  const words = useDeskIkmWords();
  const { user } = useSession();
  const [announcement, setAnnouncement] = useState('');
  const saved = (message: string) => {
    setAnnouncement(message);
    onChanged();
  };
  return (
    <>
      <Announcement message={announcement} />
      <Stack gap="xl">
        <Paper withBorder p="md" radius="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Text component="div">
              <b>{t('col.status')}:</b> <MallStatusBadge status={mall.status} /> <OriginBadge origin={mall.origin} />
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
              <b>{mall.status === 'PROPOSED' ? t('profile.plannedOpening') : t('col.openedOn')}:</b>{' '}
              {mall.openedOn ? f.day(mall.openedOn) : '–'}
            </Text>
          </SimpleGrid>
        </Paper>
        {manager && <MallDetailsForm mall={mall} onSaved={onChanged} />}
        {manager && <MallStatusPanel mall={mall} canChange={user?.role === 'NATIONAL_ADMIN'} onChanged={saved} />}
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
              { key: 'title', header: t('col.title'), cell: (row) => row.title },
              { key: 'number', header: t('col.number'), cell: (row) => row.number ?? '–' },
              { key: 'issued', header: t('col.issuedOn'), cell: (row) => (row.issuedOn ? f.day(row.issuedOn) : '–') },
              {
                key: 'file',
                header: t('col.file'),
                cell: (row) => (row.file || row.url || row.fileName ? <DocumentLink document={row} /> : '–'),
              },
            ]}
          />
          {manager && <MallDocumentForm mallId={mall.id} onSaved={saved} />}
        </section>
        {manager ? (
          <HoursEditor mall={mall} onSaved={onChanged} />
        ) : (
          <OpeningHoursTable hours={mall.openingHours} caption={t('mall.hours')} />
        )}
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
              {
                key: 'label',
                header: t('deskForm.label'),
                cell: (row) => (deskName(t, row) === t('desk.name', { number: row.number }) ? '–' : row.label),
              },
              {
                key: 'ikm',
                header: t('col.ikm'),
                numeric: true,
                cell: (row) =>
                  row.latestIkm === null
                    ? words.none(row.latestIkmGap)
                    : t('desk.ikmValue', {
                        value: f.number(row.latestIkm.value, 2),
                        category: words.category(row.latestIkm),
                        respondents: f.number(row.latestIkm.respondents),
                      }),
              },
            ]}
          />
        </section>
      </Stack>
    </>
  );
}

function HoursEditor({ mall, onSaved }: { mall: MallProfile; onSaved: () => void }) {
  const t = useT(MPP);
  const [rows, setRows] = useState<HoursRow[]>(() => hoursRows(mall.openingHours));
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [announcement, setAnnouncement] = useState('');
  const [save, { loading }] = useMutation(SET_OPENING_HOURS);

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = hoursInput(rows, t);
    if ('errors' in checked) return setErrors(localErrors(checked.errors, (id) => id));
    const result = await save({ mallId: mall.id, hours: checked.hours });
    if (result.errors) return setErrors(hoursServerErrors(result.errors, checked.hours));
    setErrors(NO_ERRORS);
    setAnnouncement(t('hours.saved'));
    onSaved();
  }

  return (
    <Paper withBorder p="lg" radius="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="hours-title">
        <Title order={2} size="h3" id="hours-title" mb="md">
          {t('mall.hours')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Announcement message={announcement} />
        <OpeningHoursFields rows={rows} errors={errors.fields} onChange={setRows} />
        <Group mt="md">
          <Button type="submit" size="md" loading={loading}>
            {t('hours.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
