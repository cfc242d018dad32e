import { stableId } from '@simpul/service-kit';
import { post } from './client';

/** The ids a probe call's arguments are filled from: one tenant's ("home") and another's ("away"). */
export interface IdTable {
  unit: string;
  agency: string;
  mall: string;
  cycle: string;
  lokus: string;
}

/** An id of the right shape that names nothing: what every mutation gets, so the matrix changes no row. */
export const MISSING_ID = stableId('probe', 'nothing-here');

/**
 * HOME is the demo tenants the signed-in demo people belong to (SAMSAT Kalimantan Selatan, MPP Kota
 * Banjarmasin, the 2026 cycle); AWAY is another agency's unit (DPMPTSP Kalimantan Tengah), another
 * mall (MPP Kota Banjarbaru) and a lokus of another cycle. Agencies and lokus are looked up once as
 * the national admin: their keys are the seed's business.
 */
export async function discoverIds(gatewayUrl: string, adminToken: string): Promise<{ home: IdTable; away: IdTable }> {
  const homeUnit = stableId('unit', 'samsat-63');
  const awayUnit = stableId('unit', 'dpmptsp-62');
  const query = `query($home: ID!, $away: ID!) {
    homeUnit: serviceUnit(id: $home) { agency { id } }
    awayUnit: serviceUnit(id: $away) { agency { id } }
    homeLokus: unitLokus(serviceUnitId: $home) { id cycleId }
    awayLokus: unitLokus(serviceUnitId: $away) { id cycleId }
  }`;
  const answer = await post(gatewayUrl, { query, variables: { home: homeUnit, away: awayUnit } }, adminToken);
  type Found = {
    homeUnit?: { agency: { id: string } };
    awayUnit?: { agency: { id: string } };
    homeLokus?: { id: string; cycleId: string }[];
    awayLokus?: { id: string; cycleId: string }[];
  };
  const data: Found = (answer.body as { data?: Found })?.data ?? {};
  const homeCycle = stableId('cycle', 'pekppp-2026');
  const homeLokus = data.homeLokus?.find((lokus) => lokus.cycleId === homeCycle) ?? data.homeLokus?.[0];
  // Another cycle's lokus, of another agency's unit where there is one.
  const awayLokus =
    data.awayLokus?.find((lokus) => lokus.cycleId !== homeLokus?.cycleId) ??
    data.homeLokus?.find((lokus) => lokus.cycleId !== homeLokus?.cycleId);
  return {
    home: {
      unit: homeUnit,
      agency: data.homeUnit?.agency.id ?? MISSING_ID,
      mall: stableId('mall', 'mpp-kota-banjarmasin'),
      cycle: homeLokus?.cycleId ?? homeCycle,
      lokus: homeLokus?.id ?? MISSING_ID,
    },
    away: {
      unit: awayUnit,
      agency: data.awayUnit?.agency.id ?? MISSING_ID,
      mall: stableId('mall', 'mpp-kota-banjarbaru'),
      cycle: awayLokus?.cycleId ?? stableId('cycle', 'pekppp-2022'),
      lokus: awayLokus?.id ?? MISSING_ID,
    },
  };
}
