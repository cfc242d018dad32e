import { Alert, Text } from '@mantine/core';
import { EmptyState, PageHeader, QueryView, SignInNeeded } from '@simpul/ui';
import { useBasePath, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useNavigate, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { PROVINCES, type RegionSummary } from '../regions/region.operations';
import type { PickerOption } from '../shared/search-picker';
import { UnitForm } from './unit-form';
import { emptyUnitValues, unitValuesFrom, type UnitFormValues } from './unit-form-values';
import { CREATE_SERVICE_UNIT, SERVICE_UNIT, UPDATE_SERVICE_UNIT, type UnitInput } from './unit.operations';

/** Create (no :unitId) or edit a unit. The server decides who may; the page only avoids offering what would fail. */
export function UnitFormPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const { unitId } = useParams();
  const editing = Boolean(unitId);
  const unitQuery = useQuery(SERVICE_UNIT, { id: unitId ?? '', servicesFirst: 1 }, { skip: !editing });
  const provinces = useQuery(PROVINCES, {});
  const [create] = useMutation(CREATE_SERVICE_UNIT);
  const [update] = useMutation(UPDATE_SERVICE_UNIT);

  const title = editing ? t('unitForm.editTitle', { name: unitQuery.data?.serviceUnit?.name ?? '' }) : t('unitForm.createTitle');
  const crumbs = [
    { label: t('title'), to: to() },
    ...(editing && unitQuery.data?.serviceUnit ? [{ label: unitQuery.data.serviceUnit.name, to: to(`/units/${unitId}`) }] : []),
    { label: title },
  ];

  if (!user) {
    return (
      <>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <SignInNeeded message={t(editing ? 'unitForm.signIn' : 'unitForm.signInCreate')} />
      </>
    );
  }

  if (!editing && user.role !== 'NATIONAL_ADMIN') {
    return (
      <>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <Alert color="yellow">
          <Text c="dark">{t('unitForm.adminOnly')}</Text>
        </Alert>
      </>
    );
  }

  async function save(input: Partial<UnitInput>) {
    // Creating sends the whole unit (the form checked every required field); editing only what changed.
    const result = unitId ? await update({ id: unitId, input }) : await create({ input: input as UnitInput });
    if (result.errors) return result.errors;
    const saved = 'updateServiceUnit' in result.data ? result.data.updateServiceUnit : result.data.createServiceUnit;
    void navigate(to(`/units/${saved.id}`));
    return null;
  }

  const form = (
    provinceList: RegionSummary[],
    initial: UnitFormValues,
    restricted: { agency: string; region: string } | null = null,
    agency: PickerOption | null = null,
  ) => (
    <UnitForm
      initial={initial}
      editing={editing}
      restricted={restricted}
      provinces={provinceList}
      agency={agency}
      onSubmit={save}
      onCancel={() => void navigate(editing ? to(`/units/${unitId}`) : to())}
    />
  );

  return (
    <>
      <PageHeader title={title} breadcrumbs={crumbs} />
      <QueryView query={provinces}>
        {({ provinces: provinceList }) =>
          !editing ? (
            form(provinceList, emptyUnitValues())
          ) : (
            <QueryView query={unitQuery}>
              {({ serviceUnit }) =>
                !serviceUnit ? (
                  <EmptyState title={t('unit.notFound')} />
                ) : !serviceUnit.canEdit ? (
                  <Alert color="yellow">
                    <Text c="dark">{t('unitForm.cannotEdit')}</Text>
                  </Alert>
                ) : (
                  form(
                    provinceList,
                    unitValuesFrom(serviceUnit),
                    user.role === 'NATIONAL_ADMIN' ? null : { agency: serviceUnit.agency.name, region: regionName(serviceUnit.region) },
                    { id: serviceUnit.agency.id, name: serviceUnit.agency.name },
                  )
                )
              }
            </QueryView>
          )
        }
      </QueryView>
    </>
  );
}

function regionName(region: { name: string; parent: { name: string } | null }): string {
  return region.parent ? `${region.name}, ${region.parent.name}` : region.name;
}
