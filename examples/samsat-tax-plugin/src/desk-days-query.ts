import type { PluginDocument } from '@simpul/plugin-sdk';

export interface DeskDayRow {
  id: string;
  date: string;
  visitors: number;
  complaints: number;
  desk: { id: string; number: number; label: string | null };
}

export interface DeskDaysData {
  deskDays: { totalCount: number; edges: { node: DeskDayRow }[] };
}

// A type alias, not an interface: the SDK's graphql() wants variables indexable by name.
export type DeskDaysVariables = {
  mallId: string;
  from: string;
  to: string;
  deskId?: string;
};

// `deskDays` for the token's mall (and its desk when the portal named one) is all the
// MPP_DESK_SCHEDULE_READ scope allows (apps/gateway/src/plugins/plugin-allowlist.ts).
export const DESK_DAYS: PluginDocument<DeskDaysData, DeskDaysVariables> = {
  source:
    'query SamsatPluginDeskDays($mallId: ID!, $from: String!, $to: String!, $deskId: ID) { deskDays(mallId: $mallId, from: $from, to: $to, deskId: $deskId, first: 50) { totalCount edges { node { id date visitors complaints desk { id number label } } } } }',
};

/** The last `days` calendar days up to `today` (YYYY-MM-DD), as the query's `from` and `to`. */
export function lastDays(today: Date, days: number): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** The variables for the plugin's place: its mall, and its desk when it has one. */
export function deskDaysVariables(mallId: string, deskId: string | null, today: Date): DeskDaysVariables {
  return { mallId, ...lastDays(today, 7), ...(deskId ? { deskId } : {}) };
}
