import type { RoleName } from './roles';

/**
 * Root fields a signed-out caller may get data from: the public portal's reads (directory, open
 * data, published evaluation results, KIPP winners, SKM public pages), as answered on 2026-12-07 (with the
 * published cohorts' peer comparison, the comparison of published cycles and past KIPP tiers added that evening).
 * A field answering signed out that is not here fails the probe: add it only when it is meant public.
 */
export const SIGNED_OUT_DATA: readonly string[] = (
  'administrativeChecklist agencies agencyOmbudsmanReadiness approvedPluginOrigins cohortRanking competitions ' +
  'cycleAggregates cycleCohorts cycleComparison cycleLokus cycleResults evaluationCycle evaluationCycles exportAgencies ' +
  'exportCycleResults exportInnovations exportMallDesks exportMallTenancies exportServiceUnits exportServices ' +
  'ikmByProvince ikmDistribution innovation innovations ippByProvince kippAwardCounts kippAwardTiers kippAwardYears lokusById mall ' +
  'mallGrowth malls me nationalIppTrend nationalMallOverview objections ombudsmanCompliance ombudsmanProvinceSummary ' +
  'ombudsmanReadiness ombudsmanReadinessChecks ombudsmanResult ombudsmanResults ombudsmanZonesByProvince ' +
  'onboardingSteps peerComparison provinces regencies region reportCard search service serviceUnitByExternalId serviceUnits services ' +
  'skmPublicUnits systemStatus tenancies tenancy winners'
).split(' ');

/** Cross-tenant cases: what one tenant's person gets for another tenant's id. */
export interface Expectation {
  role: RoleName;
  field: string;
  ids: 'home' | 'away' | 'missing';
  outcomes: readonly string[];
  why: string;
}

const REFUSED = ['FORBIDDEN', 'NOT_FOUND', 'null'] as const;

const refused = (role: RoleName, fields: string[], why: string): Expectation[] =>
  fields.map((field) => ({ role, field, ids: 'away' as const, outcomes: REFUSED, why }));

export const EXPECTATIONS: readonly Expectation[] = [
  ...refused(
    'desk',
    ['unitEvidenceDocuments', 'f01Completeness', 'f01Submission', 'f01SubmissionHistory', 'surveyLinks', 'skmResults'],
    "a desk of SAMSAT Kalimantan Selatan reads no other agency's unit's evaluation work or SKM results",
  ),
  ...refused(
    'operator',
    ['mallDashboard', 'deskDays', 'exportMallVisitors', 'exportMallQuotas', 'mppAuditLog'],
    "the operator of MPP Kota Banjarmasin reads no other mall's visitors, quotas or audit log",
  ),
  ...refused('kipp-local-admin', ['stuckDrafts'], "a KIPP local admin of Kalimantan Selatan reads no other agency's drafts"),
];
