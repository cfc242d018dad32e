import { Button, Checkbox, Fieldset, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  CategoryBadge,
  DataTable,
  EmptyState,
  ErrorSummary,
  LoadingState,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  PageHeader,
  QueryView,
  TextField,
} from '@simpul/ui';
import { type Connection, nodes, useBasePath, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { Announcement } from '../shared/announcement';
import { ServiceStatusBadge } from '../shared/badges';
import { ComponentList } from '../shared/component-list';
import { useMppFormat } from '../shared/format';
import { MallNav } from '../shared/mall-nav';
import { AGENCY_SERVICES, type RegistryService } from './registry.operations';
import { parseQuota } from './quota';
import { ADD_TENANCY_SERVICES, REFRESH_TENANCY_SERVICES, REMOVE_TENANCY_SERVICE, SET_SERVICE_QUOTA } from './tenancy-service.operations';
import { TENANCY, type TenancyDetail, type TenancyServiceRow } from './tenancy.operations';
import { PageErrors } from './page-errors';
import { useServicePage, type TenancyListPage } from './tenancy-pages';

const NO_ERRORS: MappedErrors = { fields: {}, summary: [] };

/** Pick the tenant's services from the registry (never retyped), set daily quotas, see what each still lacks. */
export function ServicePickerPage() {
  const t = useT(MPP);
  const to = useBasePath();
  const { tenancyId = '' } = useParams();
  const query = useQuery(TENANCY, { id: tenancyId });
  const tenancy = query.data?.tenancy;
  const crumbs = [
    { label: t('title'), to: to() },
    ...(tenancy
      ? [
          { label: tenancy.mall.name, to: to(`/malls/${tenancy.mall.id}`) },
          { label: tenancy.agency.name, to: to(`/tenancies/${tenancy.id}`) },
        ]
      : []),
    { label: t('services.title') },
  ];
  return (
    <>
      <PageHeader
        title={t('services.pageTitle', { agency: tenancy?.agency.name ?? '' })}
        description={t('services.description')}
        breadcrumbs={crumbs}
      />
      {tenancy?.canManage && <MallNav mallId={tenancy.mall.id} current="tenants" />}
      <QueryView query={query} errorTitle={t('error.loadTitle')}>
        {(data) =>
          data.tenancy ? <PickerBody tenancy={data.tenancy} onChanged={query.refetch} /> : <EmptyState title={t('tenancy.notFound')} />
        }
      </QueryView>
    </>
  );
}

function PickerBody({ tenancy, onChanged }: { tenancy: TenancyDetail; onChanged: () => void }) {
  const t = useT(MPP);
  const [announcement, setAnnouncement] = useState('');
  const [refresh, refreshState] = useMutation(REFRESH_TENANCY_SERVICES);
  // Each change also asks the page of services shown again (a quota edited on page three stays there).
  const [version, setVersion] = useState(0);
  const services = useServicePage(tenancy, version);
  const changed = (message: string) => {
    setAnnouncement(message);
    setVersion((n) => n + 1);
    onChanged();
  };
  const editable = tenancy.canManage && tenancy.step !== 'LEFT';
  return (
    <>
      <Announcement message={announcement} />
      <Stack gap="xl">
        <section aria-labelledby="current-services-title">
          <Group justify="space-between" align="baseline" mb="xs">
            <Title order={2} size="h3" id="current-services-title">
              {t('services.current')}
            </Title>
            {editable && tenancy.services.totalCount > 0 && (
              <Button
                variant="default"
                loading={refreshState.loading}
                onClick={() => {
                  // Never rejects: a failed refresh resolves to the errors shown under the heading.
                  void refresh({ tenancyId: tenancy.id }).then((result) => {
                    if (!result.errors) changed(t('services.refreshed'));
                  });
                }}
              >
                {t('services.refresh')}
              </Button>
            )}
          </Group>
          {refreshState.errors && <ErrorSummary errors={refreshState.errors.map((e) => ({ message: e.message }))} />}
          <PageErrors errors={services.errors} />
          <CurrentServices services={services} editable={editable} onChanged={changed} />
        </section>
        {editable && (
          <RegistryPicker tenancy={tenancy} shown={services.page} onAdded={(count) => changed(t('services.added', { count }))} />
        )}
      </Stack>
    </>
  );
}

function CurrentServices({
  services,
  editable,
  onChanged,
}: {
  services: TenancyListPage<TenancyServiceRow>;
  editable: boolean;
  onChanged: (message: string) => void;
}) {
  const t = useT(MPP);
  const f = useMppFormat();
  return (
    <DataTable
      caption={t('services.current')}
      captionHidden
      rowKey={(row) => row.id}
      rows={nodes(services.page)}
      loading={services.loading}
      pagination={services.pagination}
      empty={<Text>{t('services.none')}</Text>}
      columns={[
        {
          key: 'name',
          header: t('col.service'),
          cell: (row) => (
            <>
              {row.service.name}
              <Text size="sm" c="dimmed">
                {row.serviceUnit.name}
              </Text>
            </>
          ),
        },
        { key: 'status', header: t('col.status'), cell: (row) => <ServiceStatusBadge status={row.status} ready={row.deliveryReady} /> },
        {
          key: 'standard',
          header: t('col.standard'),
          cell: (row) => (
            <>
              {row.deliveryReady ? (
                t('services.complete')
              ) : (
                <ComponentList missing={row.missingComponents} unpublished={row.unpublishedComponents} />
              )}
              <Text size="xs" c="dimmed">
                {t('services.checkedAt', { when: f.dateTime(row.checkedAt) })}
              </Text>
            </>
          ),
        },
        {
          key: 'quota',
          header: t('col.dailyQuota'),
          cell: (row) =>
            editable ? (
              <QuotaEditor row={row} onSaved={onChanged} />
            ) : row.dailyQuota === null ? (
              t('services.noQuota')
            ) : (
              f.number(row.dailyQuota)
            ),
        },
        ...(editable
          ? [
              {
                key: 'remove',
                header: t('col.actions'),
                cell: (row: TenancyServiceRow) => <RemoveService row={row} onRemoved={onChanged} />,
              },
            ]
          : []),
      ]}
    />
  );
}

function QuotaEditor({ row, onSaved }: { row: TenancyServiceRow; onSaved: (message: string) => void }) {
  const t = useT(MPP);
  const [value, setValue] = useState(row.dailyQuota === null ? '' : String(row.dailyQuota));
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_SERVICE_QUOTA);
  const id = `quota-${row.id}`;
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        id={id}
        aria-label={t('services.quotaFor', { service: row.service.name })}
        inputMode="numeric"
        w={90}
        value={value}
        error={error || undefined}
        onChange={(event) => setValue(event.currentTarget.value)}
      />
      <Button
        variant="default"
        size="sm"
        loading={loading}
        aria-label={t('services.saveQuotaFor', { service: row.service.name })}
        onClick={() => {
          const quota = parseQuota(value);
          if (quota === 'invalid') return setError(t('services.quotaInvalid'));
          // Never rejects: a failed save resolves to the errors shown beside the quota.
          void save({ id: row.id, dailyQuota: quota }).then((result) => {
            if (result.errors) return setError(result.errors.map((e) => e.message).join(' '));
            setError(null);
            onSaved(t('services.quotaSaved', { service: row.service.name }));
          });
        }}
      >
        {t('form.save')}
      </Button>
    </Group>
  );
}

function RemoveService({ row, onRemoved }: { row: TenancyServiceRow; onRemoved: (message: string) => void }) {
  const t = useT(MPP);
  const [remove, { loading, errors }] = useMutation(REMOVE_TENANCY_SERVICE);
  return (
    <>
      <Button
        variant="subtle"
        color="red.9"
        size="sm"
        loading={loading}
        aria-label={t('services.removeService', { service: row.service.name })}
        onClick={() => {
          // Never rejects: a failed removal resolves to the errors shown under the button.
          void remove({ id: row.id }).then((result) => {
            if (!result.errors) onRemoved(t('services.removed', { service: row.service.name }));
          });
        }}
      >
        {t('services.remove')}
      </Button>
      {errors && (
        <Text size="sm" c="red.9" role="alert">
          {errors.map((e) => e.message).join(' ')}
        </Text>
      )}
    </>
  );
}

const PICK_FIELDS = ['serviceIds', 'dailyQuota'] as const;
const pickFieldId = (field: string) => (field === 'dailyQuota' ? 'pick-quota' : 'pick-services');

/**
 * `shown` is the page of the tenant's services on screen: the registry entries on it are marked as
 * already added. One beyond it is not marked, and the service refuses it with CONFLICT, shown in
 * the summary (there is no "is this service already added" question to ask it per entry).
 */
function RegistryPicker({
  tenancy,
  shown,
  onAdded,
}: {
  tenancy: TenancyDetail;
  shown: Connection<TenancyServiceRow>;
  onAdded: (count: number) => void;
}) {
  const t = useT(MPP);
  const registry = useQuery(AGENCY_SERVICES, { agencyId: tenancy.agency.id });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [quota, setQuota] = useState('');
  const [errors, setErrors] = useState<MappedErrors>(NO_ERRORS);
  const [add, { loading }] = useMutation(ADD_TENANCY_SERVICES);
  const already = new Set([...nodes(tenancy.services), ...nodes(shown)].map((s) => s.service.id));

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (chosen.size === 0) local['serviceIds'] = t('services.chooseOne');
    const dailyQuota = parseQuota(quota);
    if (dailyQuota === 'invalid') local['dailyQuota'] = t('services.quotaInvalid');
    if (Object.keys(local).length || dailyQuota === 'invalid') return setErrors(localErrors(local, pickFieldId));
    const result = await add({ input: { tenancyId: tenancy.id, serviceIds: [...chosen], dailyQuota } });
    if (result.errors) return setErrors(mapServerErrors(result.errors, PICK_FIELDS, pickFieldId));
    setErrors(NO_ERRORS);
    setChosen(new Set());
    onAdded(result.data.addTenancyServices.length);
  }

  return (
    <Paper withBorder p="lg" radius="sm" style={{ borderLeft: '6px solid #0b57a8' }}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="pick-title">
        <Title order={2} size="h3" id="pick-title" mb="xs">
          {t('services.fromRegistry', { agency: tenancy.agency.name })}
        </Title>
        <Text mb="md">{t('services.fromRegistryHint')}</Text>
        <ErrorSummary errors={errors.summary} />
        {registry.errors && !registry.data && (
          <Text role="alert" c="red.9">
            {registry.errors.map((e) => e.message).join(' ')}
          </Text>
        )}
        {!registry.data && !registry.errors && <LoadingState />}
        {registry.data && (
          <Stack gap="md">
            <Fieldset
              legend={t('services.choose')}
              id="pick-services"
              tabIndex={-1}
              aria-describedby={errors.fields['serviceIds'] ? 'pick-services-error' : undefined}
              style={errors.fields['serviceIds'] ? { borderColor: '#c92a2a', borderWidth: 2 } : undefined}
            >
              {errors.fields['serviceIds'] && (
                <Text id="pick-services-error" c="red.9" fw={600} size="sm" mb="xs">
                  {errors.fields['serviceIds']}
                </Text>
              )}
              <Stack gap="sm">
                {registry.data.services.edges.length === 0 && <Text>{t('services.registryEmpty')}</Text>}
                {registry.data.services.edges.map(({ node }) => (
                  <RegistryServiceOption
                    key={node.id}
                    service={node}
                    added={already.has(node.id)}
                    checked={chosen.has(node.id)}
                    onChange={(checked) =>
                      setChosen((current) => {
                        const next = new Set(current);
                        if (checked) next.add(node.id);
                        else next.delete(node.id);
                        return next;
                      })
                    }
                  />
                ))}
              </Stack>
            </Fieldset>
            <TextField
              id="pick-quota"
              label={t('services.quota')}
              description={t('services.quotaHint')}
              inputMode="numeric"
              maw={240}
              value={quota}
              error={errors.fields['dailyQuota'] ?? null}
              onChange={(event) => setQuota(event.currentTarget.value)}
            />
            <Group>
              <Button type="submit" size="md" loading={loading}>
                {chosen.size ? t('services.addChosen', { count: chosen.size }) : t('services.addNone')}
              </Button>
            </Group>
          </Stack>
        )}
      </form>
    </Paper>
  );
}

function RegistryServiceOption({
  service,
  added,
  checked,
  onChange,
}: {
  service: RegistryService;
  added: boolean;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const t = useT(MPP);
  const ready = service.completeness.deliveryReady;
  return (
    <Group align="flex-start" justify="space-between" wrap="nowrap" gap="md">
      <Checkbox
        id={`pick-${service.id}`}
        checked={added || checked}
        disabled={added}
        onChange={(event) => onChange(event.currentTarget.checked)}
        label={service.name}
        description={
          <>
            {service.serviceUnit.name}
            {added ? ` · ${t('services.alreadyAdded')}` : ''}
            {!ready && (
              <ComponentList
                missing={service.completeness.missing.filter((c) => DELIVERY.has(c))}
                unpublished={service.completeness.unpublished}
              />
            )}
          </>
        }
      />
      <CategoryBadge tone={ready ? 'success' : 'danger'} label={ready ? t('services.ready') : t('services.incomplete')} />
    </Group>
  );
}

const DELIVERY = new Set(['REQUIREMENTS', 'PROCEDURE', 'DURATION', 'FEE', 'PRODUCT', 'COMPLAINT_HANDLING']);
