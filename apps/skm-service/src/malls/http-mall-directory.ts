import { randomUUID } from 'node:crypto';
import type { Caller } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, SimpulError } from '@simpul/service-kit';
import type { MallDirectory, MallFacts } from './mall-directory';

const MALL = `query SkmMallScope($id: ID!, $after: String) { mall(id: $id) { id desks { id }
  tenancies(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { step services(first: 100) { edges { node { serviceUnit { id } } } } } } } } }`;

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
 * caller, so the MPP service applies its own visibility rules. Used only when a survey is set up for
 * a mall: the operator may survey only that mall's desks and the units of its tenants.
 */
export class HttpMallDirectory implements MallDirectory {
  constructor(
    private readonly url: string,
    private readonly secret = readSecret('INTERNAL_SECRET'),
  ) {}

  private async page(mallId: string, after: string | null, caller: Caller): Promise<MallShape | null> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: issueInternalToken(caller, this.secret, randomUUID()) },
        body: JSON.stringify({ query: MALL, variables: { id: mallId, after } }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      throw unreachable((error as Error).message);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: { mall: MallShape | null }; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) throw unreachable(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    return body.data.mall;
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
