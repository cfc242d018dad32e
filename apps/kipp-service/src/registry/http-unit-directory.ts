import { RegistryClient } from '@simpul/service-kit';
import type { DirectoryCallScope, UnitDirectory, UnitFacts, UserFacts } from './unit-directory';

interface UnitShape {
  id: string;
  agency: { id: string; type: string };
  region: { code: string; provinceCode: string };
}

/** The registry through service-kit's RegistryClient (one request per call, ids as aliases), as KIPP's facts. */
export class HttpUnitDirectory implements UnitDirectory {
  private readonly registry: RegistryClient;

  constructor(url: string, secret?: string) {
    this.registry = new RegistryClient(url, secret);
  }

  async units(ids: readonly string[], scope: DirectoryCallScope): Promise<Map<string, UnitFacts>> {
    const units = await this.registry.byIds<UnitShape>('serviceUnit', ids, '{ id agency { id type } region { code provinceCode } }', scope);
    return new Map(
      units.map((unit) => [
        unit.id,
        {
          unitId: unit.id,
          agencyId: unit.agency.id,
          agencyType: unit.agency.type,
          regionCode: unit.region.code,
          provinceCode: unit.region.provinceCode,
        },
      ]),
    );
  }

  async user(id: string, scope: DirectoryCallScope): Promise<UserFacts | null> {
    const [user] = await this.registry.byIds<UserFacts>('user', [id], '{ id displayName email role }', scope);
    return user ?? null;
  }

  async agencyExists(id: string, scope: DirectoryCallScope): Promise<boolean> {
    return (await this.registry.byIds<{ id: string }>('agency', [id], '{ id }', scope)).length > 0;
  }
}

export const DEFAULT_REGISTRY_URL = 'http://127.0.0.1:4101/graphql';

/** The registry at REGISTRY_URL (default: the local registry subgraph). */
export function unitDirectoryFromEnv(env: NodeJS.ProcessEnv = process.env): UnitDirectory {
  return new HttpUnitDirectory(env.REGISTRY_URL || DEFAULT_REGISTRY_URL);
}
