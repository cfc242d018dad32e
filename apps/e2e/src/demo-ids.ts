import { stableId } from '@simpul/service-kit';

// Ids of the demo data that several suites read, as the seeds make them (stableId of a seed key).

/** SAMSAT Kalimantan Selatan, the demo desk's unit. */
export const SAMSAT_KALSEL = stableId('unit', 'samsat-63');
/** SAMSAT Kalimantan Selatan's lokus in the published 2022 cycle. */
export const SAMSAT_KALSEL_2022 = stableId('lokus', 'pekppp-2022:samsat-63');
/** MPP Kota Banjarmasin, the demo operator's mall. */
export const BANJARMASIN_MALL = stableId('mall', 'mpp-kota-banjarmasin');
/** The demo survey of gerai 8 in MPP Kota Banjarmasin this year (skm-service seeds it at "now"). */
export const DESK_SURVEY_THIS_YEAR = stableId('skm-survey', `desk-8:Y-${new Date().getFullYear()}`);
