import type { Caller } from '@simpul/contracts';

/** What KIPP records about the proposing unit when a draft is started (a snapshot for the competition record). */
export interface UnitFacts {
  unitId: string;
  agencyId: string;
  agencyType: string;
  regionCode: string;
  provinceCode: string;
}

export interface DirectoryCallScope {
  caller: Caller;
  requestId: string;
}

/** The registry subgraph as KIPP sees it: another service, reached over HTTP, one request per call. */
export interface UnitDirectory {
  /** Facts for each unit the registry knows; absent ids are unknown. */
  units(ids: readonly string[], scope: DirectoryCallScope): Promise<Map<string, UnitFacts>>;
}

export const UNIT_DIRECTORY = Symbol('UnitDirectory');
