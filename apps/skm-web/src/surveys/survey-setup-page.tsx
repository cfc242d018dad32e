import { Alert, Button, Group, List, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { EmptyState, type MappedErrors, PageHeader, QueryView } from '@simpul/ui';
import { nodes, type SessionUser, useBasePath, useFormat, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { WARNING_TEXT } from '../shared/status-colours';
import { canCreateSurvey, canManageSurvey } from '../shared/access';
import { defaultSetup, periodRange, previousPeriodRange } from './setup-defaults';
import { setupFieldId, SurveySetupForm, toServerErrors, type SetupValues } from './survey-setup-form';
import { DESK_VISITORS, MALL_DESKS, MALL_TENANT_UNITS, SURVEY_SETUP, UNIT_SEARCH, UPDATE_SURVEY_SETUP } from './survey-setup.operations';
import { CREATE_SURVEY, OVERLAPPING } from './survey.operations';

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** /skm/surveys/new: a survey per unit (desk, admin) or per MPP desk (operator), per period. */
export function NewSurveyPage() {
  const t = useT(SKM);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const [create, state] = useMutation(CREATE_SURVEY);
  const [unitId, setUnitId] = useState<string>(user?.serviceUnit?.id ?? '');
  const [deskId, setDeskId] = useState('');
  if (!user || !canCreateSurvey(user))
    return (
      <>
        <PageHeader title={t('setup.newTitle')} />
        <EmptyState title={t('setup.notAllowed')} />
      </>
    );
  const operator = user.role === 'MPP_OPERATOR' && user.mallId !== null;

  async function submit(values: SetupValues): Promise<MappedErrors | null> {
    const result = await create({
      input: {
        title: values.title.trim(),
        serviceUnitId: blankToNull(unitId),
        mallId: operator ? (user?.mallId ?? null) : null,
        deskId: operator ? blankToNull(deskId) : null,
        periodKind: values.periodKind,
        year: Number(values.year),
        number: values.periodKind === 'YEAR' ? 1 : Number(values.number),
        elements: values.customElements
          ? values.elements.map((e) => ({ code: e.code.trim(), name: e.name.trim(), weight: e.weight.trim(), required: e.required }))
          : null,
        expectedUsers: values.expectedUsers.trim() === '' ? null : Number(values.expectedUsers),
        opensAt: blankToNull(values.opensAt),
        closesAt: blankToNull(values.closesAt),
      },
    });
    if (result.errors) return toServerErrors(result.errors);
    if (result.data) void navigate(to(`/surveys/${result.data.createSkmSurvey.id}`));
    return null;
  }

  const owner = operator ? (
    <DeskPicker mallId={user.mallId ?? ''} deskId={deskId} onDesk={setDeskId} unitId={unitId} onUnit={setUnitId} />
  ) : user.role === 'UNIT_DESK' ? (
    <Text>{t('setup.forUnit', { unit: user.serviceUnit?.name ?? '' })}</Text>
  ) : (
    <UnitPicker unitId={unitId} onUnit={setUnitId} />
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('setup.newTitle')}
        description={t('setup.newDescription')}
        breadcrumbs={[{ label: t('title'), to: to() }, { label: t('setup.newTitle') }]}
      />
      <SurveySetupForm
        initial={defaultSetup(new Date())}
        editing={false}
        owner={owner}
        respondents={null}
        busy={state.loading}
        onSubmit={submit}
        periodNotice={(values) => (
          <OverlapWarning unitId={operator && deskId ? null : unitId} deskId={operator ? deskId : ''} values={values} />
        )}
        visitorsButton={
          operator
            ? (fill, values) => (
                <VisitorsButton
                  user={user}
                  deskId={deskId}
                  periodOf={() => periodRange(values.periodKind, Number(values.year), Number(values.number))}
                  fill={fill}
                />
              )
            : undefined
        }
      />
    </Stack>
  );
}

/** /skm/surveys/:surveyId/edit: title, expected users and opening hours (period and instrument stay). */
export function EditSurveyPage() {
  const { surveyId = '' } = useParams();
  const t = useT(SKM);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const query = useQuery(SURVEY_SETUP, { id: surveyId });
  const labels = useSkmLabels();
  const [update, state] = useMutation(UPDATE_SURVEY_SETUP);
  return (
    <QueryView query={query} errorTitle={t('error.loadTitle')}>
      {({ skmSurvey: survey }) => {
        if (!canManageSurvey(user, survey)) return <EmptyState title={t('setup.notAllowed')} />;
        const initial: SetupValues = {
          title: survey.title,
          periodKind: survey.periodKind,
          year: String(survey.year),
          number: String(survey.number),
          customElements: false,
          elements: survey.elements,
          expectedUsers: survey.expectedUsers === null ? '' : String(survey.expectedUsers),
          opensAt: survey.opensAt ?? '',
          closesAt: survey.closesAt ?? '',
        };
        async function submit(values: SetupValues): Promise<MappedErrors | null> {
          const result = await update({
            input: {
              id: survey.id,
              title: values.title.trim(),
              expectedUsers: values.expectedUsers.trim() === '' ? null : Number(values.expectedUsers),
              opensAt: blankToNull(values.opensAt),
              closesAt: blankToNull(values.closesAt),
            },
          });
          if (result.errors) return toServerErrors(result.errors);
          void navigate(to(`/surveys/${survey.id}`));
          return null;
        }
        return (
          <Stack gap="lg">
            <PageHeader
              title={t('setup.editTitle', { title: survey.title })}
              description={labels.period(survey)}
              breadcrumbs={[
                { label: t('title'), to: to() },
                { label: survey.title, to: to(`/surveys/${survey.id}`) },
                { label: t('setup.edit') },
              ]}
            />
            <SurveySetupForm
              initial={initial}
              editing
              owner={null}
              respondents={survey.result.sample.respondents}
              busy={state.loading}
              onSubmit={submit}
              visitorsButton={
                survey.deskId && user
                  ? (fill) => (
                      <VisitorsButton user={user} deskId={survey.deskId ?? ''} mallId={survey.mallId} periodOf={() => survey} fill={fill} />
                    )
                  : undefined
              }
            />
          </Stack>
        );
      }}
    </QueryView>
  );
}

/** Admin: find the registry unit by name (through the gateway). */
function UnitPicker({ unitId, onUnit }: { unitId: string; onUnit: (id: string) => void }) {
  const t = useT(SKM);
  const [search, setSearch] = useState('');
  const query = useQuery(UNIT_SEARCH, { search }, { skip: search.trim().length < 3 });
  const units = query.data ? nodes(query.data.serviceUnits) : [];
  return (
    <Stack gap="xs">
      <TextInput
        label={t('setup.unitSearch')}
        description={t('setup.unitSearchHint')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <NativeSelect
        id={setupFieldId('serviceUnitId')}
        label={t('setup.unit')}
        value={unitId}
        data={[
          { value: '', label: units.length ? t('setup.chooseUnit') : t('setup.noUnits') },
          ...units.map((u) => ({ value: u.id, label: u.name })),
        ]}
        onChange={(e) => onUnit(e.currentTarget.value)}
      />
    </Stack>
  );
}

/** MPP operator: a desk of their mall (MPP service through the gateway), optionally the tenant unit serving there. */
function DeskPicker({
  mallId,
  deskId,
  onDesk,
  unitId,
  onUnit,
}: {
  mallId: string;
  deskId: string;
  onDesk: (id: string) => void;
  unitId: string;
  onUnit: (id: string) => void;
}) {
  const t = useT(SKM);
  const query = useQuery(MALL_DESKS, { mallId });
  const desks = query.data?.mall?.desks ?? [];
  return (
    <Stack gap="xs">
      <Text>{t('setup.forMall', { mall: query.data?.mall?.name ?? '…' })}</Text>
      <NativeSelect
        id={setupFieldId('deskId')}
        label={t('setup.desk')}
        value={deskId}
        data={[
          { value: '', label: t('setup.chooseDesk') },
          ...[...desks]
            .sort((a, b) => a.number - b.number)
            .map((d) => ({ value: d.id, label: d.label ? `${d.number} · ${d.label}` : t('setup.deskNumber', { number: d.number }) })),
        ]}
        onChange={(e) => onDesk(e.currentTarget.value)}
      />
      <TenantUnitPicker mallId={mallId} unitId={unitId} onUnit={onUnit} />
    </Stack>
  );
}

/** The operator's unit choice: only the units its mall's tenants serve with (the service refuses any other). */
function TenantUnitPicker({ mallId, unitId, onUnit }: { mallId: string; unitId: string; onUnit: (id: string) => void }) {
  const t = useT(SKM);
  const query = useQuery(MALL_TENANT_UNITS, { mallId });
  const units = new Map<string, string>();
  for (const tenancy of query.data?.mall ? nodes(query.data.mall.tenancies) : []) {
    if (tenancy.step === 'LEFT') continue;
    for (const service of nodes(tenancy.services)) units.set(service.serviceUnit.id, service.serviceUnit.name);
  }
  const sorted = [...units].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  return (
    <NativeSelect
      id={setupFieldId('serviceUnitId')}
      label={t('setup.unit')}
      description={t('setup.tenantsOnly')}
      value={unitId}
      data={[
        { value: '', label: sorted.length || query.loading ? t('setup.chooseTenant') : t('setup.noTenants') },
        ...sorted.map(([id, name]) => ({ value: id, label: name })),
      ]}
      onChange={(e) => onUnit(e.currentTarget.value)}
    />
  );
}

/** Says, before the survey is made, which surveys of the same unit or desk its period overlaps (a "Semester II" over two quarters). */
function OverlapWarning({ unitId, deskId, values }: { unitId: string | null; deskId: string; values: SetupValues }) {
  const t = useT(SKM);
  const labels = useSkmLabels();
  const year = Number(values.year);
  const number = values.periodKind === 'YEAR' ? 1 : Number(values.number);
  const ready = Boolean(unitId || deskId) && Number.isInteger(year) && year >= 2000 && year <= 2100;
  const query = useQuery(
    OVERLAPPING,
    { serviceUnitId: deskId ? null : unitId || null, deskId: deskId || null, periodKind: values.periodKind, year, number },
    { skip: !ready },
  );
  const overlaps = ready ? (query.data?.skmOverlappingSurveys ?? []) : [];
  return (
    <div role="status" aria-live="polite">
      {overlaps.length > 0 && (
        <Alert color="yellow" title={t('setup.overlapTitle')} data-testid="overlap-warning" styles={{ title: { color: WARNING_TEXT } }}>
          <Text size="sm">{t('setup.overlapBody')}</Text>
          <List size="sm">
            {overlaps.map((survey) => (
              <List.Item key={survey.id}>{`${survey.title} (${labels.period(survey)})`}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </div>
  );
}

/**
 * Expected users from the MPP's visitor counts for this desk over the previous period of the same
 * length (the period being surveyed has not happened yet when the survey is set up).
 */
function VisitorsButton({
  user,
  deskId,
  mallId,
  periodOf,
  fill,
}: {
  user: SessionUser;
  deskId: string;
  mallId?: string | null;
  periodOf: () => { startsOn: string; endsOn: string } | null;
  fill: (visitors: number) => void;
}) {
  const t = useT(SKM);
  const format = useFormat();
  const { client } = useSession();
  const [message, setMessage] = useState('');
  const mall = mallId ?? user.mallId;
  if (!mall) return null;
  async function take() {
    const period = periodOf();
    const range = previousPeriodRange(period?.startsOn ?? null, period?.endsOn ?? null, new Date());
    try {
      const data = await client.request(DESK_VISITORS, { mallId: mall ?? '', from: range.from, to: range.to });
      const row = nodes(data.mallDashboard.busiestDesks).find((r) => r.desk.id === deskId);
      if (!row || row.visitors === 0) return setMessage(t('setup.visitorsNone', { from: range.from, to: range.to }));
      fill(row.visitors);
      setMessage(t('setup.visitorsTaken', { visitors: format.number(row.visitors), from: range.from, to: range.to }));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <Group gap="xs">
      <Button variant="outline" disabled={!deskId} onClick={() => void take()}>
        {t('setup.fromVisitors')}
      </Button>
      <Text role="status" aria-live="polite" size="sm">
        {message}
      </Text>
    </Group>
  );
}
