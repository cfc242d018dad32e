import type { Caller } from '@simpul/contracts';

/** What the SKM service needs to know of a mall (owned by the MPP service): its desks and the units its tenants serve with. */
export interface MallFacts {
  deskIds: ReadonlySet<string>;
  tenantUnitIds: ReadonlySet<string>;
}

/** A desk of a mall with at least one tenant assigned to it on some weekday (a desk that serves people). */
export interface DeskInUse {
  id: string;
  number: number;
  label: string | null;
}

/** A desk and the services served there: the LIVE services of the tenants assigned to it on any weekday. */
export interface DeskServices extends DeskInUse {
  services: { serviceId: string; serviceUnitId: string }[];
}

export const MALL_DIRECTORY = Symbol('MALL_DIRECTORY');

export interface MallDirectory {
  /** null when the mall does not exist (or the caller may not see it). */
  mall(mallId: string, caller: Caller): Promise<MallFacts | null>;
  /** The mall's desks in use, by number; null when the mall does not exist (or the caller may not see it). */
  desksInUse(mallId: string, caller: Caller): Promise<DeskInUse[] | null>;
  /**
   * Every desk of the mall with the services offered there, as the public sees them (an ACTIVE mall,
   * LIVE tenants and services): what a queue system may invite a survey for. null when not visible.
   */
  deskServices(mallId: string): Promise<DeskServices[] | null>;
}
