import { Button, Grid, Paper, Stack, Title } from '@mantine/core';
import {
  DataTable,
  EmptyState,
  ErrorSummary,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  PageHeader,
  QueryView,
  SelectField,
  useCursorPages,
} from '@simpul/ui';
import { nodes, useBasePath, useFormat, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { KIPP } from '../messages';
import type { KippPanel } from '../shared/kipp-roles';
import { Outcome } from '../shared/outcome';
import {
  APPOINT_LOCAL_ADMIN,
  APPOINT_MEMBER,
  APPOINTMENT_COMPETITIONS,
  APPOINTMENT_EVENTS,
  LOCAL_ADMINS,
  PANEL_MEMBERS,
  REVOKE_LOCAL_ADMIN,
  REVOKE_MEMBER,
} from './appointments.operations';
import { AgencyPicker, PersonPicker } from './person-and-agency-pickers';

const PAGE = 20;
const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** KIPP appointments the national admin keeps: local admins per agency, Tim Evaluasi and TPI per competition, and their history. */
export function AppointmentsPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { user } = useSession();
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('admin.competitions'), to: to('/kompetisi') },
    { label: t('appointments.title') },
  ];
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((value) => value + 1);
  if (user?.role !== 'NATIONAL_ADMIN') {
    return (
      <>
        <PageHeader title={t('appointments.title')} breadcrumbs={crumbs} />
        <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('appointments.title')} description={t('appointments.description')} breadcrumbs={crumbs} />
      <Stack gap="xl">
        <LocalAdminsSection version={version} onChanged={changed} />
        <TeamsSection version={version} onChanged={changed} />
        <HistorySection version={version} />
      </Stack>
    </>
  );
}

function LocalAdminsSection({ version, onChanged }: { version: number; onChanged: () => void }) {
  const t = useT(KIPP);
  const format = useFormat();
  const pages = useCursorPages(`local-${version}`);
  const query = useQuery(LOCAL_ADMINS, { first: PAGE, after: pages.after });
  const [appoint, { loading }] = useMutation(APPOINT_LOCAL_ADMIN);
  const [revoke] = useMutation(REVOKE_LOCAL_ADMIN);
  const [values, setValues] = useState({ userId: '', agencyId: '' });
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<string | null>(null);
  const fieldId = (field: string) => `local-admin-${field}`;
  // Refreshes the lists (and so myKippRoles for the person) right after a change.
  const { refetch } = query;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const local: Record<string, string> = {};
    if (!values.userId) local['userId'] = t('appointments.personRequired');
    if (!values.agencyId) local['agencyId'] = t('appointments.agencyRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await appoint({ input: values });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['userId', 'agencyId'], fieldId));
    setErrors(NO_ERRORS);
    setOutcome(t('appointments.appointed', { name: result.data.appointKippLocalAdmin.displayName }));
    setValues({ userId: '', agencyId: '' });
    onChanged();
    refetch();
  }

  async function revokeOne(userId: string, agencyId: string, name: string) {
    setOutcome(null);
    const result = await revoke({ input: { userId, agencyId } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['userId', 'agencyId'], fieldId));
    setOutcome(t('appointments.revoked', { name }));
    onChanged();
    refetch();
  }

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="local-admins-heading">
      <Title order={2} size="h3" id="local-admins-heading" mb="xs">
        {t('appointments.localAdmins')}
      </Title>
      <QueryView query={query}>
        {(data) => (
          <DataTable
            caption={t('appointments.localAdmins')}
            captionHidden
            columns={[
              { key: 'name', header: t('appointments.person'), cell: (row) => row.displayName },
              { key: 'agency', header: t('appointments.agency'), cell: (row) => row.agency.name },
              { key: 'at', header: t('appointments.appointedAt'), cell: (row) => format.date(row.appointedAt) },
              {
                key: 'revoke',
                header: t('attachments.actions'),
                cell: (row) => (
                  <Button
                    variant="subtle"
                    color="red.9"
                    c="red.9"
                    size="compact-sm"
                    onClick={() => void revokeOne(row.userId, row.agency.id, row.displayName)}
                    aria-label={t('appointments.revokeNamed', { name: row.displayName })}
                  >
                    {t('appointments.revoke')}
                  </Button>
                ),
              },
            ]}
            rows={nodes(data.kippLocalAdmins)}
            rowKey={(row) => `${row.userId}:${row.agency.id}`}
            pagination={{
              hasNext: data.kippLocalAdmins.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.kippLocalAdmins.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: PAGE,
              totalCount: data.kippLocalAdmins.totalCount,
            }}
            empty={<EmptyState title={t('appointments.noneLocal')} />}
          />
        )}
      </QueryView>
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="local-admin-add-heading">
        <Title order={3} size="h5" id="local-admin-add-heading" mt="md" mb="xs">
          {t('appointments.appointLocalAdmin')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <PersonPicker
              id={fieldId('userId')}
              label={t('appointments.person')}
              required
              value={values.userId}
              error={errors.fields['userId']}
              onChange={(userId) => setValues({ ...values, userId })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <AgencyPicker
              id={fieldId('agencyId')}
              label={t('appointments.agency')}
              required
              value={values.agencyId}
              error={errors.fields['agencyId']}
              onChange={(agencyId) => setValues({ ...values, agencyId })}
            />
          </Grid.Col>
        </Grid>
        <Button type="submit" mt="sm" loading={loading}>
          {t('appointments.appoint')}
        </Button>
      </form>
      <Outcome message={outcome} />
    </Paper>
  );
}

function TeamsSection({ version, onChanged }: { version: number; onChanged: () => void }) {
  const t = useT(KIPP);
  const competitions = useQuery(APPOINTMENT_COMPETITIONS, {});
  const [chosen, setChosen] = useState('');
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="teams-heading">
      <Title order={2} size="h3" id="teams-heading" mb="xs">
        {t('appointments.teams')}
      </Title>
      <QueryView query={competitions}>
        {(data) => {
          const list = nodes(data.competitions);
          const competitionId = chosen || list[0]?.id || '';
          return list.length === 0 ? (
            <EmptyState title={t('admin.noCompetitions')} />
          ) : (
            <>
              <SelectField
                id="teams-competition"
                label={t('appointments.competition')}
                maw={360}
                value={competitionId}
                onChange={(event) => setChosen(event.currentTarget.value)}
                data={list.map((competition) => ({ value: competition.id, label: `${competition.year} · ${competition.title}` }))}
              />
              <Team key={competitionId} competitionId={competitionId} version={version} onChanged={onChanged} />
            </>
          );
        }}
      </QueryView>
    </Paper>
  );
}

function Team({ competitionId, version, onChanged }: { competitionId: string; version: number; onChanged: () => void }) {
  const t = useT(KIPP);
  const pages = useCursorPages(`team-${version}`);
  const query = useQuery(PANEL_MEMBERS, { competitionId, first: PAGE, after: pages.after });
  const [appoint, { loading }] = useMutation(APPOINT_MEMBER);
  const [revoke] = useMutation(REVOKE_MEMBER);
  const [values, setValues] = useState<{ userId: string; panel: KippPanel; agencyId: string }>({ userId: '', panel: 'TE', agencyId: '' });
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [outcome, setOutcome] = useState<string | null>(null);
  const fieldId = (field: string) => `team-${field}`;
  const { refetch } = query;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    if (!values.userId) return setErrors(localErrors({ userId: t('appointments.personRequired') }, fieldId));
    const result = await appoint({
      input: { competitionId, userId: values.userId, panel: values.panel, agencyId: values.agencyId || null },
    });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['userId', 'panel', 'agencyId', 'competitionId'], fieldId));
    setErrors(NO_ERRORS);
    setOutcome(t('appointments.appointed', { name: result.data.appointKippPanelMember.displayName }));
    setValues({ ...values, userId: '' });
    onChanged();
    refetch();
  }

  async function revokeOne(userId: string, name: string) {
    setOutcome(null);
    const result = await revoke({ competitionId, userId });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ['userId'], fieldId));
    setErrors(NO_ERRORS);
    setOutcome(t('appointments.revoked', { name }));
    onChanged();
    refetch();
  }

  return (
    <>
      <QueryView query={query}>
        {(data) => (
          <DataTable
            caption={t('appointments.teamCaption')}
            captionHidden
            columns={[
              { key: 'name', header: t('appointments.person'), cell: (row) => row.displayName },
              { key: 'panel', header: t('appointments.panel'), cell: (row) => t(`appointmentRole.${row.panel}`) },
              { key: 'agency', header: t('appointments.homeAgencyShort'), cell: (row) => row.agency?.name ?? '—' },
              { key: 'assignments', header: t('appointments.assignments'), cell: (row) => row.assignments, numeric: true },
              {
                key: 'revoke',
                header: t('attachments.actions'),
                cell: (row) => (
                  <Button
                    variant="subtle"
                    color="red.9"
                    c="red.9"
                    size="compact-sm"
                    onClick={() => void revokeOne(row.userId, row.displayName)}
                    aria-label={t('appointments.revokeNamed', { name: row.displayName })}
                  >
                    {t('appointments.revoke')}
                  </Button>
                ),
              },
            ]}
            rows={nodes(data.kippPanelMembers)}
            rowKey={(row) => row.userId}
            pagination={{
              hasNext: data.kippPanelMembers.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.kippPanelMembers.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: PAGE,
              totalCount: data.kippPanelMembers.totalCount,
            }}
            empty={<EmptyState title={t('appointments.noneTeam')} />}
          />
        )}
      </QueryView>
      <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="team-add-heading">
        <Title order={3} size="h5" id="team-add-heading" mt="md" mb="xs">
          {t('appointments.appointMember')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <PersonPicker
              id={fieldId('userId')}
              role="EVALUATOR"
              label={t('appointments.evaluator')}
              required
              value={values.userId}
              error={errors.fields['userId']}
              onChange={(userId) => setValues({ ...values, userId })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <SelectField
              id={fieldId('panel')}
              label={t('appointments.panel')}
              value={values.panel}
              error={errors.fields['panel']}
              onChange={(event) => setValues({ ...values, panel: event.currentTarget.value as KippPanel })}
              data={[
                { value: 'TE', label: t('appointmentRole.TE') },
                { value: 'TPI', label: t('appointmentRole.TPI') },
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <AgencyPicker
              id={fieldId('agencyId')}
              label={t('appointments.homeAgency')}
              value={values.agencyId}
              error={errors.fields['agencyId']}
              onChange={(agencyId) => setValues({ ...values, agencyId })}
            />
          </Grid.Col>
        </Grid>
        <Button type="submit" mt="sm" loading={loading}>
          {t('appointments.appoint')}
        </Button>
      </form>
      <Outcome message={outcome} />
    </>
  );
}

function HistorySection({ version }: { version: number }) {
  const t = useT(KIPP);
  const format = useFormat();
  const pages = useCursorPages(`history-${version}`);
  const query = useQuery(APPOINTMENT_EVENTS, { first: PAGE, after: pages.after });
  const { refetch } = query;
  // Every appointment or revocation above adds a row here.
  useEffect(() => {
    if (version > 0) refetch();
  }, [version, refetch]);
  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="appointment-history-heading">
      <Title order={2} size="h3" id="appointment-history-heading" mb="xs">
        {t('appointments.history')}
      </Title>
      <QueryView query={query}>
        {(data) => (
          <DataTable
            caption={t('appointments.history')}
            captionHidden
            columns={[
              { key: 'at', header: t('appointments.when'), cell: (row) => format.date(row.at) },
              { key: 'action', header: t('appointments.action'), cell: (row) => t(`appointmentAction.${row.action}`) },
              { key: 'role', header: t('appointments.role'), cell: (row) => t(`appointmentRole.${row.role}`) },
              { key: 'person', header: t('appointments.person'), cell: (row) => row.displayName },
              { key: 'agency', header: t('appointments.agency'), cell: (row) => row.agency?.name ?? '—' },
              { key: 'by', header: t('appointments.by'), cell: (row) => row.actorName },
            ]}
            rows={nodes(data.kippAppointmentEvents)}
            rowKey={(row) => row.id}
            pagination={{
              hasNext: data.kippAppointmentEvents.pageInfo.hasNextPage,
              hasPrevious: pages.hasPrevious,
              onNext: () => pages.next(data.kippAppointmentEvents.pageInfo.endCursor),
              onPrevious: pages.previous,
              page: pages.page,
              pageSize: PAGE,
              totalCount: data.kippAppointmentEvents.totalCount,
            }}
            empty={<EmptyState title={t('appointments.noHistory')} />}
          />
        )}
      </QueryView>
    </Paper>
  );
}
