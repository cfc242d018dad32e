import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, SimpulError } from '@simpul/service-kit';
import type { DirectoryCallScope, UnitDirectory, UnitFacts } from './unit-directory';

interface UnitShape {
  id: string;
  agency: { id: string; type: string };
  region: { code: string; provinceCode: string };
}

const unreachable = (detail: string) =>
  new SimpulError('INTERNAL_SERVER_ERROR', {
    en: `The registry could not be reached (${detail}); try again shortly.`,
    id: `Registri tidak dapat dihubungi (${detail}); coba lagi sebentar lagi.`,
  });

/** Asks the registry subgraph directly, with an internal token carrying the original caller; ids go in one request as aliases. */
export class HttpUnitDirectory implements UnitDirectory {
  constructor(
    private readonly url: string,
    private readonly secret = readSecret('INTERNAL_SECRET'),
  ) {}

  async units(ids: readonly string[], scope: DirectoryCallScope): Promise<Map<string, UnitFacts>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const variables = Object.fromEntries(unique.map((id, index) => [`id${index}`, id]));
    const query = `query(${unique.map((_, index) => `$id${index}: ID!`).join(', ')}) { ${unique
      .map((_, index) => `u${index}: serviceUnit(id: $id${index}) { id agency { id type } region { code provinceCode } }`)
      .join(' ')} }`;
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
    const body = (await response.json().catch(() => ({}))) as { data?: Record<string, UnitShape | null>; errors?: { message: string }[] };
    if (!response.ok || body.errors?.length || !body.data) throw unreachable(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
    const found = new Map<string, UnitFacts>();
    for (const unit of Object.values(body.data)) {
      if (unit) found.set(unit.id, { unitId: unit.id, agencyId: unit.agency.id, agencyType: unit.agency.type, regionCode: unit.region.code, provinceCode: unit.region.provinceCode });
    }
    return found;
  }
}
