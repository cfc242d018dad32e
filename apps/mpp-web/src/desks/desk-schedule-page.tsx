import { Alert, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import {
  blankToNull,
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
import { useBasePath, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { MPP } from '../messages';
import { deskName } from '../shared/desk-name';
import { DeskIkmSummary } from '../shared/desk-ikm-summary';
import { Announcement } from '../shared/announcement';
import { canManageMall } from '../shared/access';
import { WEEKDAYS, type Weekday } from '../shared/enums';
import { MallNav } from '../shared/mall-nav';
import { bookedWeekdays, deskGrid, occupiedCount } from './desk-grid';
import { ASSIGN_DESK, CREATE_DESK, DESK_SCHEDULE, RELEASE_DESK_ASSIGNMENT, type DeskSchedule, type TenantOption } from './desk.operations';
import { TenantPicker } from './tenant-picker';
import { DeskHistory } from './desk-history';
import { DeskDownload } from '../exports/downloads';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** The week's desk schedule as a grid (desks × weekdays), with the form to assign a desk to a tenant. */
export function DeskSchedulePage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const query = useQuery(DESK_SCHEDULE, { mallId });
  const name = query.data?.mall?.name;
  const manager = canManageMall(user, mallId);
  return (
    <>
      <PageHeader
        title={t('desks.title')}
        description={t('desks.description')}
        breadcrumbs={[
          { label: t('title'), to: to() },
          { label: name ?? t('mall.label'), to: to(`/malls/${mallId}`) },
          { label: t('desks.title') },
        ]}
      />
      {manager && <MallNav mallId={mallId} current="desks" />}
      <DeskDownload mallId={mallId} />
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          data.mall ? <DeskBody mall={data.mall} manager={manager} onChanged={query.refetch} /> : <EmptyState title={t('mall.notFound')} />
        }
      </QueryView>
    </>
  );
}

function DeskBody({ mall, manager, onChanged }: { mall: DeskSchedule; manager: boolean; onChanged: () => void }) {
  const t = useT(MPP);
  const [announcement, setAnnouncement] = useState('');
  const [release, releaseState] = useMutation(RELEASE_DESK_ASSIGNMENT);
  const rows = deskGrid(mall.desks);
  const open = new Set(mall.openingHours.map((h) => h.weekday));
  const changed = (message: string) => {
    setAnnouncement(message);
    onChanged();
  };
  return (
    <>
      <Announcement message={announcement} />
      <Stack gap="xl">
        {manager && <AssignForm mall={mall} onAssigned={changed} />}
        <section aria-labelledby="grid-title">
          <Title order={2} size="h3" id="grid-title" mb="xs">
            {t('desks.grid')}
          </Title>
          {releaseState.errors && <ErrorSummary errors={releaseState.errors.map((e) => ({ message: e.message }))} />}
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder withColumnBorders verticalSpacing="xs">
              <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                {t('desks.gridCaption', { mall: mall.name })}
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('col.desk')}</Table.Th>
                  {WEEKDAYS.map((day) => (
                    <Table.Th scope="col" key={day}>
                      {t(`weekday.${day}`)}
                      {!open.has(day) && (
                        <Text size="xs" fw={500}>
                          ({t('hours.closed')})
                        </Text>
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.desk.id}>
                    <Table.Th scope="row">
                      {t('desk.name', { number: row.desk.number })}
                      {row.desk.label && (
                        <Text size="xs" fw={500}>
                          {row.desk.label}
                        </Text>
                      )}
                      <DeskIkmSummary ikm={row.desk.latestIkm} gap={row.desk.latestIkmGap} />
                    </Table.Th>
                    {WEEKDAYS.map((day) => {
                      const cell = row.cells[day];
                      return (
                        <Table.Td key={day} style={{ background: cell ? '#e8f1fb' : open.has(day) ? undefined : '#f1f3f5' }}>
                          {cell ? (
                            <Stack gap={2}>
                              <Text size="sm" fw={600}>
                                {cell.tenancy.agency.name}
                              </Text>
                              <Text size="xs">{t('desks.staff', { count: cell.staffCount })}</Text>
                              {manager && (
                                <UnstyledButton
                                  fz="xs"
                                  c="red.9"
                                  td="underline"
                                  aria-label={t('desks.releaseLabel', {
                                    agency: cell.tenancy.agency.name,
                                    desk: row.desk.number,
                                    day: t(`weekday.${day}`),
                                  })}
                                  onClick={() => {
                                    // Never rejects: a failed release resolves to the errors shown above the grid.
                                    void release({ id: cell.id }).then((result) => {
                                      if (!result.errors) changed(t('desks.released'));
                                    });
                                  }}
                                >
                                  {t('desks.release')}
                                </UnstyledButton>
                              )}
                            </Stack>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {open.has(day) ? t('desks.free') : '–'}
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('desks.occupied')}</Table.Th>
                  {WEEKDAYS.map((day) => (
                    <Table.Td key={day}>
                      {occupiedCount(rows, day)} / {rows.length}
                    </Table.Td>
                  ))}
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </section>
        {manager && (
          <CreateDeskForm mallId={mall.id} nextNumber={Math.max(0, ...mall.desks.map((d) => d.number)) + 1} onCreated={changed} />
        )}
        {manager && (
          <DeskHistory
            mallId={mall.id}
            desks={mall.desks}
            tenants={Object.fromEntries(mall.desks.flatMap((d) => d.assignments.map((a) => [a.tenancy.id, a.tenancy.agency.name])))}
          />
        )}
      </Stack>
    </>
  );
}

const ASSIGN_FIELDS = ['deskId', 'tenancyId', 'weekdays', 'staffCount'] as const;
const assignFieldId = (field: string) => (field === 'weekdays' ? 'assign-MONDAY' : `assign-${field}`);

function AssignForm({ mall, onAssigned }: { mall: DeskSchedule; onAssigned: (message: string) => void }) {
  const t = useT(MPP);
  const [params] = useSearchParams();
  const [tenant, setTenant] = useState<TenantOption | null>(null);
  const tenancyId = tenant?.id ?? '';
  const [deskId, setDeskId] = useState('');
  const [weekdays, setWeekdays] = useState<Weekday[]>([]);
  const [staff, setStaff] = useState('1');
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [assign, { loading }] = useMutation(ASSIGN_DESK);
  const desk = mall.desks.find((d) => d.id === deskId);
  const clashes = bookedWeekdays(desk, weekdays, tenancyId);
  const field = (path: string) => ({ id: assignFieldId(path), error: errors.fields[path] ?? null });

  // Never rejects: assign resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!tenancyId) local['tenancyId'] = t('assign.chooseTenant');
    if (!deskId) local['deskId'] = t('assign.chooseDesk');
    if (weekdays.length === 0) local['weekdays'] = t('assign.chooseDays');
    const staffCount = Number(staff);
    if (!/^\d+$/.test(staff.trim()) || staffCount < 1) local['staffCount'] = t('assign.staffInvalid');
    if (Object.keys(local).length) return setErrors(localErrors(local, assignFieldId));
    const result = await assign({ input: { deskId, tenancyId, weekdays: WEEKDAYS.filter((d) => weekdays.includes(d)), staffCount } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ASSIGN_FIELDS, assignFieldId));
    setErrors(NO_ERRORS);
    setWeekdays([]);
    onAssigned(t('assign.done', { agency: tenant?.agency.name ?? '', desk: desk?.number ?? '' }));
  }

  return (
    <Paper withBorder p="lg" radius="sm" style={{ borderLeft: '6px solid #0b57a8' }}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="assign-title">
        <Title order={2} size="h3" id="assign-title" mb="md">
          {t('desks.assign')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TenantPicker
              {...field('tenancyId')}
              mallId={mall.id}
              value={tenant}
              preselectId={params.get('tenancy')}
              onChange={setTenant}
            />
            <SelectField
              {...field('deskId')}
              label={t('assign.desk')}
              value={deskId}
              onChange={(event) => setDeskId(event.currentTarget.value)}
              data={[
                { value: '', label: t('form.choose') },
                ...[...mall.desks].sort((a, b) => a.number - b.number).map((d) => ({ value: d.id, label: deskName(t, d) })),
              ]}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('assign.days')}
            description={t('assign.daysHint')}
            value={weekdays}
            onChange={setWeekdays}
            error={errors.fields['weekdays'] || undefined}
          >
            <Group mt="xs" gap="md">
              {WEEKDAYS.map((day) => {
                const holder = desk?.assignments.find((a) => a.weekday === day && a.tenancy.id !== tenancyId);
                return (
                  <Checkbox
                    key={day}
                    id={`assign-${day}`}
                    value={day}
                    label={
                      holder
                        ? `${t(`weekday.${day}`)} — ${t('assign.heldBy', { agency: holder.tenancy.agency.name })}`
                        : t(`weekday.${day}`)
                    }
                  />
                );
              })}
            </Group>
          </Checkbox.Group>
          {clashes.length > 0 && (
            <Alert color="yellow" variant="light" role="status">
              <Text c="dark">
                {t('assign.clash', { days: clashes.map((c) => `${t(`weekday.${c.weekday}`)} (${c.agency})`).join(', ') })}
              </Text>
            </Alert>
          )}
          <TextField
            {...field('staffCount')}
            label={t('assign.staff')}
            inputMode="numeric"
            maw={200}
            value={staff}
            onChange={(event) => setStaff(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('assign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const DESK_FIELDS = ['number', 'label'] as const;
const deskFieldId = (field: string) => `desk-${field}`;

function CreateDeskForm({ mallId, nextNumber, onCreated }: { mallId: string; nextNumber: number; onCreated: (message: string) => void }) {
  const t = useT(MPP);
  const [number, setNumber] = useState(String(nextNumber));
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [create, { loading }] = useMutation(CREATE_DESK);
  // Never rejects: create resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d+$/.test(number.trim()) || Number(number) < 1)
      return setErrors(localErrors({ number: t('deskForm.numberInvalid') }, deskFieldId));
    const result = await create({ input: { mallId, number: Number(number), label: blankToNull(label) } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, DESK_FIELDS, deskFieldId));
    setErrors(NO_ERRORS);
    setLabel('');
    onCreated(t('deskForm.created', { number }));
  }
  return (
    <Paper withBorder p="lg" radius="sm">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="desk-form-title">
        <Title order={2} size="h4" id="desk-form-title" mb="md">
          {t('deskForm.title')}
        </Title>
        <ErrorSummary errors={errors.summary} />
        <Group align="flex-end">
          <TextField
            id="desk-number"
            label={t('deskForm.number')}
            inputMode="numeric"
            w={140}
            value={number}
            error={errors.fields['number'] ?? null}
            onChange={(event) => setNumber(event.currentTarget.value)}
          />
          <TextField
            id="desk-label"
            label={t('deskForm.label')}
            w={280}
            value={label}
            error={errors.fields['label'] ?? null}
            onChange={(event) => setLabel(event.currentTarget.value)}
          />
          <Button type="submit" variant="default" loading={loading}>
            {t('deskForm.submit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
