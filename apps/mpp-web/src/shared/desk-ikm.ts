/** A desk's latest IKM, contributed to `Desk` by the SKM subgraph from its rollups. */
export interface DeskIkm {
  value: number;
  category: { code: string; label: string };
  respondents: number;
  periodLabel: string;
}

/** The selection every MPP screen uses for a desk's IKM. */
export const DESK_IKM = 'latestIkm { value category { code label } respondents periodLabel }';
