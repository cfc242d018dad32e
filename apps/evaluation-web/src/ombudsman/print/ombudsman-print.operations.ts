import { gql } from '@simpul/web-kit';
import type { OmbudsmanSummaryPrintQuery, OmbudsmanSummaryPrintQueryVariables } from '../../__generated__/operations';

export type OmbudsmanSummaryData = OmbudsmanSummaryPrintQuery;
export type PrintedResult = OmbudsmanSummaryPrintQuery['ombudsmanCompliance']['history'][number];

const RESULT = `id year methodVersion score zone zoneLabel { id en } opinion opinionLabel { id en } maladministrationRisk origin source
  dimensions { dimension score weight }
  unitFindings { unitName score zone note }`;

/** The instansi and its whole Ombudsman record (public): what the printed summary shows, as recorded, never recomputed. */
export const OMBUDSMAN_SUMMARY_PRINT = gql<OmbudsmanSummaryPrintQuery, OmbudsmanSummaryPrintQueryVariables>`
query OmbudsmanSummaryPrint($agencyId: ID!) {
  agency(id: $agencyId) { id name region { code name } }
  ombudsmanCompliance(agencyId: $agencyId) {
    history { ${RESULT} }
    latest { id }
    latestOfficial { id }
    changeSinceLastYear { yearBefore yearAfter scoreDelta zoneBefore zoneAfter methodChanged summary { id en } }
  }
}`;
