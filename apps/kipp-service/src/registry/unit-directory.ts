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

/** A registry user as an appointment needs it: KIPP binds appointments to people who exist there. */
export interface UserFacts {
  id: string;
  displayName: string;
  email: string;
  role: string;
}

/** The registry subgraph as KIPP sees it: another service, reached over HTTP, one request per call. */
export interface UnitDirectory {
  /** Facts for each unit the registry knows; absent ids are unknown. */
  units(ids: readonly string[], scope: DirectoryCallScope): Promise<Map<string, UnitFacts>>;
  /** The registry user with this id (registry `user(id)`), or null when there is none. */
  user(id: string, scope: DirectoryCallScope): Promise<UserFacts | null>;
  /** Whether the registry knows this agency (instansi). */
  agencyExists(id: string, scope: DirectoryCallScope): Promise<boolean>;
}

export const UNIT_DIRECTORY = Symbol('UnitDirectory');
