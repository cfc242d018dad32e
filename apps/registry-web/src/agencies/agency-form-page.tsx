import { EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useNavigate, useParams } from 'react-router';
import { isNationalAdmin } from '../admin/admin-access';
import { adminCrumbs } from '../admin/admin-crumbs';
import { NotAllowed } from '../admin/not-allowed';
import { REGISTRY } from '../messages';
import { PROVINCES } from '../regions/region.operations';
import { AgencyForm, agencyValuesFrom, emptyAgencyValues } from './agency-form';
import { AGENCY_FOR_EDIT, CREATE_AGENCY, UPDATE_AGENCY, type AgencyInput } from './agency.operations';

/** Tambah instansi (`admin/agencies/new`) or Ubah instansi (`admin/agencies/:agencyId/edit`), national admin only. */
export function AgencyFormPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const { user } = useSession();
  const { agencyId } = useParams();
  const admin = isNationalAdmin(user);
  const agencyQuery = useQuery(AGENCY_FOR_EDIT, { id: agencyId ?? '' }, { skip: !agencyId || !admin });
  const provinces = useQuery(PROVINCES, {}, { skip: !admin });
  const [create] = useMutation(CREATE_AGENCY);
  const [update] = useMutation(UPDATE_AGENCY);

  const agency = agencyQuery.data?.agency;
  const title = agencyId ? t('agencyForm.editTitle', { name: agency?.name ?? '' }) : t('agencyForm.createTitle');
  const crumbs = adminCrumbs(
    to,
    t,
    { label: t('agencies.title'), to: to('/admin/agencies') },
    ...(agency ? [{ label: agency.name, to: to(`/agencies/${agency.id}`) }] : []),
    { label: title },
  );
  if (!admin) return <NotAllowed title={title} breadcrumbs={crumbs} reason={t('agencies.adminOnly')} />;

  async function save(input: AgencyInput) {
    const result = agencyId ? await update({ id: agencyId, input }) : await create({ input });
    if (result.errors) return result.errors;
    const saved = 'updateAgency' in result.data ? result.data.updateAgency : result.data.createAgency;
    void navigate(to(`/agencies/${saved.id}`));
    return null;
  }

  return (
    <>
      <PageHeader title={title} breadcrumbs={crumbs} />
      <QueryView query={provinces}>
        {({ provinces: provinceList }) =>
          !agencyId ? (
            <AgencyForm
              initial={emptyAgencyValues()}
              provinces={provinceList}
              onSubmit={save}
              onCancel={() => void navigate(to('/admin/agencies'))}
            />
          ) : (
            <QueryView query={agencyQuery}>
              {({ agency: found }) =>
                found ? (
                  <AgencyForm
                    initial={agencyValuesFrom(found)}
                    agencyId={found.id}
                    provinces={provinceList}
                    onSubmit={save}
                    onCancel={() => void navigate(to(`/agencies/${found.id}`))}
                  />
                ) : (
                  <EmptyState title={t('agency.notFound')} />
                )
              }
            </QueryView>
          )
        }
      </QueryView>
    </>
  );
}
