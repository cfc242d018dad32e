import type { StandardComponentCode } from '@simpul/contracts';
import { rows, type Task, type BilingualText } from '@simpul/service-kit';
import { componentNames } from '../tenancy-services/services-not-ready.error';
import { mppTask, servicesUrl, type TaskQuery } from './mpp-task';
import type { RegistryNames } from './registry-names';

export interface BlockedService {
  tenancyServiceId: string;
  tenancyId: string;
  agencyId: string;
  serviceId: string;
  missing: StandardComponentCode[];
  unpublished: StandardComponentCode[];
}

/**
 * Services of the mall's tenants that cannot go live because their Standar Pelayanan misses delivery
 * components (as the registry last answered; the services page asks again). One statement.
 */
export function blockedServices(query: TaskQuery, mallId: string): Promise<BlockedService[]> {
  return rows<BlockedService>(
    query.db,
    `SELECT s.id AS "tenancyServiceId", s.tenancy_id AS "tenancyId", t.agency_id AS "agencyId", s.service_id AS "serviceId",
            s.missing_components AS missing, s.unpublished_components AS unpublished
     FROM mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id
     WHERE t.mall_id = $1 AND t.step <> 'LEFT' AND NOT s.delivery_ready`,
    [mallId],
    { prepared: true },
  );
}

/** Why the service is blocked, in words: the components not filled in, then those not published. */
export function blockedReason(service: Pick<BlockedService, 'missing' | 'unpublished'>): BilingualText {
  const id: string[] = [];
  const en: string[] = [];
  if (service.missing.length) {
    id.push(`belum diisi: ${componentNames(service.missing, 'id')}`);
    en.push(`not filled in: ${componentNames(service.missing, 'en')}`);
  }
  if (service.unpublished.length) {
    id.push(`belum dipublikasikan: ${componentNames(service.unpublished, 'id')}`);
    en.push(`not published: ${componentNames(service.unpublished, 'en')}`);
  }
  if (!id.length) return { id: 'Standar Pelayanan belum siap', en: 'Service standard not ready' };
  return { id: `Standar Pelayanan ${id.join('; ')}`, en: `Service standard ${en.join('; ')}` };
}

/** "Layanan Klaim JHT (BPJS Ketenagakerjaan) belum dapat beroperasi", the detail says why. */
export function blockedServiceTask(query: TaskQuery, service: BlockedService, names: RegistryNames): Task {
  const name = names.service(service.serviceId);
  const agency = names.agency(service.agencyId);
  return mppTask(query, {
    id: `mpp:service-blocked:${service.tenancyServiceId}`,
    title: {
      id: `Layanan ${name.id} (${agency.id}) belum dapat beroperasi`,
      en: `${name.en} (${agency.en}) cannot go live yet`,
    },
    detail: blockedReason(service),
    dueDate: null,
    progress: null,
    url: servicesUrl(service.tenancyId),
  });
}
