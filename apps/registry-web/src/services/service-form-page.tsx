import { Alert, Text } from '@mantine/core';
import { type Crumb, EmptyState, PageHeader, QueryView, SignInNeeded } from '@simpul/ui';
import { useBasePath, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useNavigate, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { regionCrumbs } from '../shared/crumbs';
import { ServiceForm } from './service-form';
import { emptyServiceValues, serviceValuesFrom } from './service-form-values';
import { CREATE_SERVICE, SERVICE, UNIT_FOR_SERVICE, UPDATE_SERVICE, type ServiceInput, type ServiceUpdate } from './service.operations';

/** Create a service for a unit (`units/:unitId/services/new`) or edit one (`services/:serviceId/edit`). */
export function ServiceFormPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const { unitId, serviceId } = useParams();
  const serviceQuery = useQuery(SERVICE, { id: serviceId ?? '' }, { skip: !serviceId });
  const unitQuery = useQuery(UNIT_FOR_SERVICE, { id: unitId ?? '' }, { skip: !unitId });
  const [create] = useMutation(CREATE_SERVICE);
  const [update] = useMutation(UPDATE_SERVICE);

  async function save(input: ServiceUpdate) {
    // Creating sends the whole service (name checked, all 14 components); editing only what changed.
    const result = serviceId
      ? await update({ id: serviceId, input })
      : await create({ input: { ...(input as ServiceInput), serviceUnitId: unitId ?? '' } });
    if (result.errors) return result.errors;
    const saved = 'updateService' in result.data ? result.data.updateService : result.data.createService;
    void navigate(to(`/services/${saved.id}`));
    return null;
  }

  // Signed out is not "not allowed": the visitor is sent to sign in and comes back.
  const cannotEdit = !user ? (
    <SignInNeeded message={t('serviceForm.signIn')} />
  ) : (
    <Alert color="yellow">
      <Text c="dark">{t('serviceForm.cannotEdit')}</Text>
    </Alert>
  );

  if (serviceId) {
    return (
      <QueryView query={serviceQuery}>
        {({ service }) => {
          if (!service) return <EmptyState title={t('service.notFound')} />;
          const title = t('serviceForm.editTitle', { name: service.name });
          const crumbs: Crumb[] = [
            ...regionCrumbs(service.serviceUnit.region, to, t),
            { label: service.serviceUnit.name, to: to(`/units/${service.serviceUnit.id}`) },
            { label: service.name, to: to(`/services/${service.id}`) },
            { label: title },
          ];
          return (
            <>
              <PageHeader title={title} breadcrumbs={crumbs} />
              {service.canEdit ? (
                <ServiceForm
                  initial={serviceValuesFrom(service)}
                  editing
                  onSubmit={save}
                  onCancel={() => void navigate(to(`/services/${service.id}`))}
                />
              ) : (
                cannotEdit
              )}
            </>
          );
        }}
      </QueryView>
    );
  }

  return (
    <QueryView query={unitQuery}>
      {({ serviceUnit: unit }) => {
        if (!unit) return <EmptyState title={t('unit.notFound')} />;
        const title = t('serviceForm.createTitle', { unit: unit.name });
        return (
          <>
            <PageHeader
              title={title}
              breadcrumbs={[...regionCrumbs(unit.region, to, t), { label: unit.name, to: to(`/units/${unit.id}`) }, { label: title }]}
            />
            {unit.canEdit ? (
              <ServiceForm initial={emptyServiceValues()} onSubmit={save} onCancel={() => void navigate(to(`/units/${unit.id}`))} />
            ) : (
              cannotEdit
            )}
          </>
        );
      }}
    </QueryView>
  );
}
