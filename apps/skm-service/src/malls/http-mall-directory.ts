import { randomUUID } from 'node:crypto';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, SimpulError } from '@simpul/service-kit';
import type { DeskInUse, DeskServices, MallDirectory, MallFacts } from './mall-directory';

const MALL = `query SkmMallScope($id: ID!, $after: String) { mall(id: $id) { id desks { id }
  tenancies(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { step services(first: 100) { edges { node { serviceUnit { id } } } } } } } } }`;

const DESKS = `query SkmMallDesks($id: ID!) { mall(id: $id) { desks { id number label assignments { id } } } }`;

const DESK_SERVICES = `query SkmDeskServices($id: ID!) { mall(id: $id) { desks { id number label
  assignments { tenancy { services(first: 100) { edges { node { status service { id } serviceUnit { id } } } } } } } } }`;

interface DeskServicesShape {
  id: string;
  number: number;
  label: string | null;
  assignments: {
    tenancy: { services: { edges: { node: { status: string; service: { id: string }; serviceUnit: { id: string } } }[] } };
  }[];
}

interface MallShape {
  id: string;
  desks: { id: string }[];
  tenancies: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { step: string; services: { edges: { node: { serviceUnit: { id: string } } }[] } } }[];
  };
}

const unreachable = (detail: string) =>
  new SimpulError('INTERNAL_SERVER_ERROR', {
    en: `The MPP service could not be reached (${detail}); try again shortly.`,
    id: `Layanan MPP tidak dapat dihubungi (${detail}); coba lagi sebentar lagi.`,
  });

/**
 * Asks the MPP subgraph directly (service to service) with an internal token carrying the original
 * caller, so the MPP service applies its own visibility rules. Used when a survey is set up for a
 * mall (the operator may survey only that mall's desks and the units of its tenants) and for the
 * operator's "Tugas saya" (its desks in use that have no survey).
 */
export class HttpMallDirectory implements MallDirectory {
  constructor(
    private readonly url: string,
    private readonly secret = readSecret('INTERNAL_SECRET'),
  ) {}

  private async request<T>(query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: issueInternalToken(caller, this.secret, randomUUID()) },
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

  private async page(mallId: string, after: string | null, caller: Caller): Promise<MallShape | null> {
    return (await this.request<{ mall: MallShape | null }>(MALL, { id: mallId, after }, caller)).mall;
  }

  /** One request: the MPP service answers the mall's desks with their open assignments. */
  async desksInUse(mallId: string, caller: Caller): Promise<DeskInUse[] | null> {
    const { mall } = await this.request<{
      mall: { desks: (DeskInUse & { assignments: { id: string }[] })[] } | null;
    }>(DESKS, { id: mallId }, caller);
    if (!mall) return null;
    return mall.desks
      .filter((desk) => desk.assignments.length > 0)
      .map(({ id, number, label }) => ({ id, number, label }))
      .sort((a, b) => a.number - b.number);
  }

  /** One request as the public (null caller): only an ACTIVE mall's LIVE tenants and services come back. */
  async deskServices(mallId: string): Promise<DeskServices[] | null> {
    const { mall } = await this.request<{ mall: { desks: DeskServicesShape[] } | null }>(DESK_SERVICES, { id: mallId }, null);
    if (!mall) return null;
    return mall.desks.map(({ id, number, label, assignments }) => {
      const services = new Map<string, string>();
      for (const { tenancy } of assignments)
        for (const { node } of tenancy.services.edges) if (node.status === 'LIVE') services.set(node.service.id, node.serviceUnit.id);
      return { id, number, label, services: [...services].map(([serviceId, serviceUnitId]) => ({ serviceId, serviceUnitId })) };
    });
  }

  async mall(mallId: string, caller: Caller): Promise<MallFacts | null> {
    const deskIds = new Set<string>();
    const tenantUnitIds = new Set<string>();
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const mall: MallShape | null = await this.page(mallId, after, caller);
      if (!mall) return null;
      for (const desk of mall.desks) deskIds.add(desk.id);
      for (const { node } of mall.tenancies.edges) {
        // A tenant that left no longer serves here.
        if (node.step === 'LEFT') continue;
        for (const service of node.services.edges) tenantUnitIds.add(service.node.serviceUnit.id);
      }
      if (!mall.tenancies.pageInfo.hasNextPage) break;
      after = mall.tenancies.pageInfo.endCursor;
    }
    return { deskIds, tenantUnitIds };
  }
}
