import { Anchor, Button, Grid, List, Paper, Text, Title } from '@mantine/core';
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
  TextField,
} from '@simpul/ui';
import { nodes, useBasePath, useFormat, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { StatusChecksSection } from '../catalogue/status-checks-section';
import { KIPP } from '../messages';
import type { KippGroup } from '../shared/enums';
import { ProposalStatusBadge } from '../shared/status-badge';
import { CREATE_PROPOSAL, MY_PROPOSALS, type OpenCompetition } from './desk.operations';
import { todayInIndonesia } from '../shared/today';
import { notificationLabel } from '../shared/notification-kind';
import { categoryLabel } from '../shared/category-label';

/** The competition whose registration is open today, if any. */
export function openRegistration(
  competitions: OpenCompetition[],
  today = todayInIndonesia(),
): { competition: OpenCompetition; closesOn: string } | null {
  for (const competition of competitions) {
    const registration = competition.stages.find((stage) => stage.stage === 'REGISTRATION');
    if (registration && !registration.decidedAt && registration.opensOn <= today && today <= registration.closesOn)
      return { competition, closesOn: registration.closesOn };
  }
  return null;
}

/** The unit desk's KIPP work: notifications first, then its proposals, then a new draft. */
export function MyProposalsPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const { user } = useSession();
  const query = useQuery(MY_PROPOSALS, {}, { skip: user?.role !== 'UNIT_DESK' });
  const crumbs = [{ label: t('title'), to: to() }, { label: t('desk.title') }];
  if (user?.role !== 'UNIT_DESK') {
    return (
      <>
        <PageHeader title={t('desk.title')} breadcrumbs={crumbs} />
        <EmptyState title={t('desk.onlyDesk')}>{t('desk.onlyDeskHelp')}</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('desk.title')} description={t('desk.description')} breadcrumbs={crumbs} />
      <QueryView query={query}>
        {(data) => {
          const open = openRegistration(nodes(data.competitions));
          const notifications = nodes(data.myKippNotifications);
          return (
            <>
              <section aria-labelledby="desk-notifications">
                <Title order={2} size="h3" id="desk-notifications" mb="xs">
                  {t('desk.notifications')}
                </Title>
                {notifications.length === 0 ? (
                  <Text mb="lg">{t('desk.noNotifications')}</Text>
                ) : (
                  <List mb="lg" spacing="xs">
                    {notifications.map((note) => (
                      <List.Item key={note.id}>
                        <Text fw={600} span>
                          {notificationLabel(note.kind, t)}
                        </Text>{' '}
                        <Text span>{note.proposalTitle}</Text> {/* The service words its detail (with any reason) in Indonesian. */}
                        <Text span size="sm" lang="id">
                          — {note.message}
                        </Text>{' '}
                        <Text span size="sm" c="dimmed">
                          ({format.date(note.createdAt)})
                        </Text>{' '}
                        <Anchor component={Link} to={to(`/usulan/${note.proposalId}`)}>
                          {t('desk.openProposal')}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                )}
              </section>
              <DataTable
                caption={t('desk.proposals')}
                columns={[
                  {
                    key: 'title',
                    header: t('col.proposal'),
                    cell: (p) => (
                      <Anchor component={Link} to={to(`/usulan/${p.id}`)}>
                        {p.title}
                      </Anchor>
                    ),
                    sortValue: (p) => p.title,
                  },
                  { key: 'year', header: t('col.year'), cell: (p) => p.competition.year, numeric: true },
                  { key: 'group', header: t('col.group'), cell: (p) => t(`group.${p.group}`) },
                  { key: 'status', header: t('col.status'), cell: (p) => <ProposalStatusBadge status={p.status} /> },
                  {
                    key: 'shared',
                    header: t('col.shared'),
                    cell: (p) => (p.status === 'DRAFT' ? (p.sharedWithAdmin ? t('desk.sharedYes') : t('desk.sharedNo')) : '—'),
                  },
                  { key: 'updated', header: t('col.updated'), cell: (p) => format.date(p.updatedAt), sortValue: (p) => p.updatedAt },
                ]}
                rows={nodes(data.proposals)}
                rowKey={(p) => p.id}
                pageSize={20}
                empty={<EmptyState title={t('desk.none')} />}
              />
              {open ? (
                <NewDraftForm competition={open.competition} closesOn={open.closesOn} />
              ) : (
                <EmptyState title={t('desk.registrationClosed')} />
              )}
              <StatusChecksSection />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

const FIELDS = ['title', 'group', 'category', 'innovationStartedOn'] as const;
const fieldId = (field: string) => `new-${field}`;

function NewDraftForm({ competition, closesOn }: { competition: OpenCompetition; closesOn: string }) {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_PROPOSAL);
  const [values, setValues] = useState({ title: '', group: competition.groups[0] ?? 'UMUM', category: '', innovationStartedOn: '' });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.title.trim()) local['title'] = t('new.titleRequired');
    if (!values.category) local['category'] = t('new.categoryRequired');
    if (!values.innovationStartedOn) local['innovationStartedOn'] = t('new.startedRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await create({
      input: {
        competitionId: competition.id,
        group: values.group,
        category: values.category,
        title: values.title.trim(),
        innovationStartedOn: values.innovationStartedOn,
      },
    });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    void navigate(to(`/usulan/${result.data.createProposal.id}`));
  }

  return (
    <Paper withBorder p="lg" mt="xl" radius="sm" component="section" aria-labelledby="new-draft">
      <Title order={2} size="h3" id="new-draft">
        {t('new.title', { year: competition.year })}
      </Title>
      <Text mb="md">{t('new.deadline', { date: format.date(closesOn) })}</Text>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary errors={errors.summary} />
        <Grid>
          <Grid.Col span={12}>
            <TextField
              id={fieldId('title')}
              label={t('field.title')}
              required
              value={values.title}
              error={errors.fields['title']}
              onChange={(e) => setValues({ ...values, title: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <SelectField
              id={fieldId('group')}
              label={t('field.group')}
              value={values.group}
              error={errors.fields['group']}
              onChange={(e) => setValues({ ...values, group: e.currentTarget.value as KippGroup })}
              data={competition.groups.map((group) => ({ value: group, label: t(`group.${group}`) }))}
              description={t('field.groupHint')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <SelectField
              id={fieldId('category')}
              label={t('field.category')}
              required
              value={values.category}
              error={errors.fields['category']}
              onChange={(e) => setValues({ ...values, category: e.currentTarget.value })}
              data={[
                { value: '', label: t('field.chooseCategory') },
                ...competition.categories.map((category) => ({ value: category, label: categoryLabel(category, t) })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextField
              id={fieldId('innovationStartedOn')}
              type="date"
              label={t('field.innovationStartedOn')}
              required
              description={t('field.innovationStartedOnHint')}
              value={values.innovationStartedOn}
              error={errors.fields['innovationStartedOn']}
              onChange={(e) => setValues({ ...values, innovationStartedOn: e.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
        <Button type="submit" mt="md" loading={loading}>
          {t('new.create')}
        </Button>
      </form>
    </Paper>
  );
}
