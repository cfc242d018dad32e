import type { BilingualText } from '@simpul/service-kit';
import type { RegistryCallScope, RegistryClient } from '../registry/registry-client';

/** Names of the agencies and services the tasks speak of, asked of the registry (its data) once per kind. */
export interface RegistryNames {
  agency(id: string): BilingualText;
  service(id: string): BilingualText;
}

/** At most two registry requests (agencies, services) whatever the number of tasks. */
export async function registryNames(
  registry: RegistryClient,
  scope: RegistryCallScope,
  agencyIds: readonly string[],
  serviceIds: readonly string[],
): Promise<RegistryNames> {
  const [agencies, services] = await Promise.all([
    agencyIds.length ? registry.agencyNames(agencyIds, scope) : new Map<string, string>(),
    serviceIds.length ? registry.services(serviceIds, scope) : new Map<string, { name: string }>(),
  ]);
  return {
    // An agency or service the registry no longer knows (archived) is still work to do; it is named in general words.
    agency: (id) => named(agencies.get(id), { id: 'Instansi', en: 'Agency' }),
    service: (id) => named(services.get(id)?.name, { id: 'Layanan', en: 'Service' }),
  };
}

function named(name: string | undefined, otherwise: BilingualText): BilingualText {
  return name ? { id: name, en: name } : otherwise;
}
