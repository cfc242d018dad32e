import type { MallDashboardQuery } from '../__generated__/operations';

/** A desk's latest IKM, contributed to `Desk` by the SKM subgraph from its rollups. */
export type DeskIkm = NonNullable<NonNullable<MallDashboardQuery['mall']>['desks'][number]['latestIkm']>;

/** Why a desk has no headline IKM (a survey with too few respondents is not "no survey"). */
export type DeskIkmGap = NonNullable<MallDashboardQuery['mall']>['desks'][number]['latestIkmGap'];

/** The selection every MPP screen uses for a desk's IKM. */
export const DESK_IKM = 'latestIkm { value category { code label labelEn } respondents periodKind year number origin source } latestIkmGap';
