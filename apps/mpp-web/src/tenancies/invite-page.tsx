import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import {
  ErrorSummary,
  LoadingState,
  PageHeader,
  TextAreaField,
  blankToNull,
  localErrors,
  mapServerErrors,
  type MappedErrors,
} from '@simpul/ui';
import { useBasePath, useDebounced, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { MPP } from '../messages';
import { canManageMall } from '../shared/access';
import { MallNav } from '../shared/mall-nav';
import { ChecklistFieldset, checklistFieldId } from './checklist-fieldset';
import { uncheckedItems } from './onboarding-flow';
import { SEARCH_AGENCIES } from './registry.operations';
import { INVITE_TENANT, ONBOARDING_STEPS } from './tenancy.operations';

const FIELDS = ['agencyId', 'checklist', 'note'] as const;
const fieldId = (field: string) => (field === 'agencyId' ? 'invite-search' : field === 'note' ? 'invite-note' : 'invite-checklist');

/** Invite an agency found in the registry: the first step of onboarding, nothing retyped. */
export function InvitePage() {
  const t = useT(MPP);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const [search, setSearch] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const debounced = useDebounced(search.trim(), 300);
  const agencies = useQuery(SEARCH_AGENCIES, { search: debounced }, { skip: debounced.length < 2 });
  const steps = useQuery(ONBOARDING_STEPS, {});
  const [invite, { loading }] = useMutation(INVITE_TENANT);
  const invited = steps.data?.onboardingSteps.find((s) => s.step === 'INVITED');
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('tenants.title'), to: to(`/malls/${mallId}/tenants`) },
    { label: t('invite.title') },
  ];

  if (!canManageMall(user, mallId)) {
    return (
      <>
        <PageHeader title={t('invite.title')} breadcrumbs={crumbs} />
        <Alert color="yellow">
          <Text c="dark">{t('access.operatorOnly')}</Text>
        </Alert>
      </>
    );
  }

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!agencyId) local['agencyId'] = t('invite.chooseAgency');
    const unchecked = invited
      ? uncheckedItems(
          invited.checklist.map((i) => i.code),
          ticked,
        )
      : [];
    if (unchecked.length) local['checklist'] = t('onboarding.tickAll');
    if (Object.keys(local).length) {
      const mapped = localErrors(local, fieldId);
      // The summary link goes to the first unticked box, not to the fieldset.
      setErrors({
        ...mapped,
        summary: mapped.summary.map((e) =>
          e.fieldId === 'invite-checklist' && unchecked[0] ? { ...e, fieldId: checklistFieldId(unchecked[0]) } : e,
        ),
      });
      return;
    }
    const result = await invite({ input: { mallId, agencyId, checklist: [...ticked], note: blankToNull(note) } });
    if (result.errors) {
      setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
      return;
    }
    void navigate(to(`/tenancies/${result.data.inviteTenant.id}`));
  }

  const results = agencies.data?.agencies.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageHeader title={t('invite.title')} description={t('invite.description')} breadcrumbs={crumbs} />
      <MallNav mallId={mallId} current="tenants" />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="lg" maw={760}>
          <TextInput
            id="invite-search"
            type="search"
            label={t('invite.search')}
            description={t('invite.searchHint')}
            value={search}
            error={errors.fields['agencyId'] || undefined}
            onChange={(event) => setSearch(event.currentTarget.value)}
            size="md"
          />
          <div aria-live="polite">
            {debounced.length >= 2 && agencies.loading && <LoadingState />}
            {debounced.length >= 2 && agencies.data && (
              <Radio.Group
                name="agency"
                label={t('invite.results', { count: agencies.data.agencies.totalCount })}
                value={agencyId}
                onChange={setAgencyId}
              >
                <Stack gap="xs" mt="xs">
                  {results.map((agency) => (
                    <Radio
                      key={agency.id}
                      value={agency.id}
                      label={agency.name}
                      description={[
                        t(`agencyType.${agency.type}`),
                        agency.region?.name,
                        t('invite.units', { count: agency.serviceUnitCount }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </div>
          {invited && (
            <ChecklistFieldset
              legend={t('invite.checklist')}
              items={invited.checklist}
              ticked={ticked}
              onChange={setTicked}
              error={errors.fields['checklist']}
            />
          )}
          <TextAreaField
            id="invite-note"
            label={t('onboarding.note')}
            value={note}
            error={errors.fields['note']}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" size="md" loading={loading}>
              {t('invite.submit')}
            </Button>
            <Button variant="default" size="md" onClick={() => void navigate(to(`/malls/${mallId}/tenants`))}>
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
