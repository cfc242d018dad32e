import type { MallDashboardQuery } from '../__generated__/operations';

/** A desk's latest IKM, contributed to `Desk` by the SKM subgraph from its rollups. */
export type DeskIkm = NonNullable<NonNullable<MallDashboardQuery['mall']>['desks'][number]['latestIkm']>;

/** The selection every MPP screen uses for a desk's IKM. */
export const DESK_IKM = 'latestIkm { value category { code label } respondents periodLabel }';
