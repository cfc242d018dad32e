import { readSecret } from '@simpul/service-kit';
import { askRegistry } from './registry-request';
import type { DirectoryCallScope, UnitDirectory, UnitFacts, UserFacts } from './unit-directory';

interface UnitShape {
  id: string;
  agency: { id: string; type: string };
  region: { code: string; provinceCode: string };
}

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
    const data = await askRegistry<Record<string, UnitShape | null>>(this.url, this.secret, scope, query, variables);
    const found = new Map<string, UnitFacts>();
    for (const unit of Object.values(data)) {
      if (unit) found.set(unit.id, { unitId: unit.id, agencyId: unit.agency.id, agencyType: unit.agency.type, regionCode: unit.region.code, provinceCode: unit.region.provinceCode });
    }
    return found;
  }

  async user(id: string, scope: DirectoryCallScope): Promise<UserFacts | null> {
    const data = await askRegistry<{ user: UserFacts | null }>(this.url, this.secret, scope, `query($id: ID!) { user(id: $id) { id displayName email role } }`, { id });
    return data.user;
  }

  async agencyExists(id: string, scope: DirectoryCallScope): Promise<boolean> {
    const data = await askRegistry<{ agency: { id: string } | null }>(this.url, this.secret, scope, `query($id: ID!) { agency(id: $id) { id } }`, { id });
    return data.agency !== null;
  }
}
