import { issueInternalToken, INTERNAL_TOKEN_HEADER, readSecret, SimpulError } from '@simpul/service-kit';
import { DELIVERY_COMPONENTS, type StandardComponent } from '../federation/standard-component.enum';
import type { RegistryCallScope, RegistryClient, RegistryServiceFacts } from './registry-client';

interface ServiceShape {
  id: string;
  name: string;
  serviceUnit: { id: string; agency: { id: string } };
  completeness: { missing: StandardComponent[]; unpublished: StandardComponent[]; deliveryReady: boolean };
}

const unreachable = (detail: string) =>
  new SimpulError('INTERNAL_SERVER_ERROR', {
    en: `The registry could not be reached (${detail}); try again shortly.`,
    id: `Registri tidak dapat dihubungi (${detail}); coba lagi sebentar lagi.`,
  });

/**
 * Talks to the registry subgraph directly (service to service), with an internal token that
 * carries the original caller, so the registry applies its own visibility rules. Several ids go
 * into one request as aliased fields.
 */
export class HttpRegistryClient implements RegistryClient {
  constructor(
    private readonly url: string,
    private readonly secret = readSecret('INTERNAL_SECRET'),
  ) {}

  private async request<T>(query: string, variables: Record<string, unknown>, scope: RegistryCallScope): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: issueInternalToken(scope.caller, this.secret, scope.requestId) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw unreachable((error as Error).message);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) throw unreachable(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return body.data;
  }

  /** `query($v0: ID!, $v1: ID!) { r0: field(id: $v0) { … } r1: … }` for each id. */
  private static aliased(ids: readonly string[], field: string, selection: string): { query: string; variables: Record<string, string> } {
    const variables: Record<string, string> = {};
    ids.forEach((id, index) => (variables[`v${index}`] = id));
    const params = ids.map((_, index) => `$v${index}: ID!`).join(', ');
    const fields = ids.map((_, index) => `r${index}: ${field}(id: $v${index}) ${selection}`).join('\n');
    return { query: `query MppRegistryCheck(${params}) {\n${fields}\n}`, variables };
  }

  async services(ids: readonly string[], scope: RegistryCallScope): Promise<Map<string, RegistryServiceFacts>> {
    const result = new Map<string, RegistryServiceFacts>();
    if (ids.length === 0) return result;
    const { query, variables } = HttpRegistryClient.aliased(ids, 'service', '{ id name serviceUnit { id agency { id } } completeness { missing unpublished deliveryReady } }');
    const data = await this.request<Record<string, ServiceShape | null>>(query, variables, scope);
    for (const service of Object.values(data)) {
      if (!service) continue;
      result.set(service.id, {
        id: service.id,
        name: service.name,
        serviceUnitId: service.serviceUnit.id,
        agencyId: service.serviceUnit.agency.id,
        missing: service.completeness.missing.filter((component) => DELIVERY_COMPONENTS.includes(component)),
        unpublished: service.completeness.unpublished.filter((component) => DELIVERY_COMPONENTS.includes(component)),
        deliveryReady: service.completeness.deliveryReady,
      });
    }
    return result;
  }

  async existingAgencies(ids: readonly string[], scope: RegistryCallScope): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { query, variables } = HttpRegistryClient.aliased(ids, 'agency', '{ id }');
    const data = await this.request<Record<string, { id: string } | null>>(query, variables, scope);
    return new Set(Object.values(data).flatMap((agency) => (agency ? [agency.id] : [])));
  }

  async unitAgencies(unitIds: readonly string[], scope: RegistryCallScope): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const { query, variables } = HttpRegistryClient.aliased(unitIds, 'serviceUnit', '{ id agency { id } }');
    const data = await this.request<Record<string, { id: string; agency: { id: string } } | null>>(query, variables, scope);
    return new Map(Object.values(data).flatMap((unit) => (unit ? [[unit.id, unit.agency.id] as [string, string]] : [])));
  }
}
