import { gql } from '@simpul/web-kit';

/** The unit's latest IKM as the SKM subgraph publishes it on `ServiceUnit` (null: no IKM yet). */
export interface LatestIkm {
  value: number;
  category: { code: string; label: string; labelEn: string };
  periodLabel: string;
  respondents: number;
  sampleAdequate: boolean;
}

export interface UnitLatestIkmData {
  serviceUnit: { id: string; latestIkm: LatestIkm | null } | null;
}

/**
 * Asked of the gateway, which joins the registry's unit with the SKM service's `latestIkm`: the
 * evaluation service never calls SKM, and an SKM outage only empties this reference.
 */
export const UNIT_LATEST_IKM = gql<UnitLatestIkmData, { id: string }>`
query UnitLatestIkm($id: ID!) { serviceUnit(id: $id) { id latestIkm { value category { code label labelEn } periodLabel respondents sampleAdequate } } }`;
