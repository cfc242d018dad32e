import { gql, type SkmHeadlineGap, type SkmPeriodParts } from '@simpul/web-kit';
import type { DataOrigin } from '../shared/types';

/** The unit's latest IKM as the SKM subgraph publishes it on `ServiceUnit` (null: no IKM yet). */
export interface LatestIkm extends SkmPeriodParts {
  value: number;
  category: { code: string; label: string; labelEn: string };
  origin: DataOrigin;
  source: string | null;
  respondents: number;
  sampleAdequate: boolean;
}

export interface UnitLatestIkmData {
  serviceUnit: { id: string; latestIkm: LatestIkm | null; latestIkmGap?: SkmHeadlineGap | null } | null;
}

/**
 * Asked of the gateway, which joins the registry's unit with the SKM service's `latestIkm`: the
 * evaluation service never calls SKM, and an SKM outage only empties this reference.
 */
export const UNIT_LATEST_IKM = gql<UnitLatestIkmData, { id: string }>`
query UnitLatestIkm($id: ID!) { serviceUnit(id: $id) { id latestIkm { value category { code label labelEn } periodKind year number respondents sampleAdequate origin source } latestIkmGap } }`;
