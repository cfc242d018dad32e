// The PEKPPP remote: exposed as './App' and mounted by the portal under its manifest route (/evaluasi).
import './messages';
// The catalogues of single topics (workflow, F-01, Ombudsman) register with the pages that use them
// (each imports its namespace from them), so a page without them does not load them (issue #17).
import { BasePathProvider, type RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { lazy, Suspense } from 'react';
import { LoadingState } from '@simpul/ui';

// Each page is a chunk of its own, loaded when its route is opened (issue #17): a visitor of one page
// does not download the others. Every page but the home and the rapor (the first screens a visitor
// opens) also loads the texts only the other pages show, and shows once both are in.
const withPageTexts = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, import('./page-messages')]).then(([module]) => module);
const OmbudsmanRecordPage = lazy(() =>
  withPageTexts(import('./ombudsman/record-result-page')).then((module) => ({ default: module.RecordResultPage })),
);
const OmbudsmanProvincePage = lazy(() =>
  withPageTexts(import('./ombudsman/province-page')).then((module) => ({ default: module.ProvincePage })),
);
const OmbudsmanImportPage = lazy(() => withPageTexts(import('./ombudsman/import-page')).then((module) => ({ default: module.ImportPage })));
const CohortPage = lazy(() => withPageTexts(import('./cohort/cohort-page')).then((module) => ({ default: module.CohortPage })));
const PeersPage = lazy(() => withPageTexts(import('./cohort/peers-page')).then((module) => ({ default: module.PeersPage })));
const CyclePage = lazy(() => withPageTexts(import('./cycles/cycle-page')).then((module) => ({ default: module.CyclePage })));
const EvaluatorsPage = lazy(() =>
  withPageTexts(import('./evaluators/evaluators-page')).then((module) => ({ default: module.EvaluatorsPage })),
);
const HomePage = lazy(() => import('./cycles/home-page').then((module) => ({ default: module.HomePage })));
const LokusPage = lazy(() => withPageTexts(import('./lokus/lokus-page')).then((module) => ({ default: module.LokusPage })));
const AgencyCompliancePage = lazy(() =>
  withPageTexts(import('./ombudsman/agency-compliance-page')).then((module) => ({ default: module.AgencyCompliancePage })),
);
const OmbudsmanOverviewPage = lazy(() =>
  withPageTexts(import('./ombudsman/ombudsman-overview-page')).then((module) => ({ default: module.OmbudsmanOverviewPage })),
);
const OmbudsmanSummaryPrintPage = lazy(() =>
  withPageTexts(import('./ombudsman/print/ombudsman-summary-print-page')).then((module) => ({ default: module.OmbudsmanSummaryPrintPage })),
);
const ReportCardPage = lazy(() => import('./report/report-card-page').then((module) => ({ default: module.ReportCardPage })));
const ResultsPage = lazy(() => withPageTexts(import('./results/results-page')).then((module) => ({ default: module.ResultsPage })));
const SurveyLinksPage = lazy(() =>
  withPageTexts(import('./survey/survey-links-page')).then((module) => ({ default: module.SurveyLinksPage })),
);
const SurveyPage = lazy(() => withPageTexts(import('./survey/survey-page')).then((module) => ({ default: module.SurveyPage })));
const UnitHistoryPage = lazy(() =>
  withPageTexts(import('./units/unit-history-page')).then((module) => ({ default: module.UnitHistoryPage })),
);
const AggregatesPage = lazy(() =>
  withPageTexts(import('./aggregates/aggregates-page')).then((module) => ({ default: module.AggregatesPage })),
);
const CycleAppealsPage = lazy(() =>
  withPageTexts(import('./appeals/cycle-appeals-page')).then((module) => ({ default: module.CycleAppealsPage })),
);
const ComparisonPage = lazy(() =>
  withPageTexts(import('./comparison/comparison-page')).then((module) => ({ default: module.ComparisonPage })),
);
const GapPage = lazy(() => withPageTexts(import('./gap/gap-page')).then((module) => ({ default: module.GapPage })));
const FollowUpPage = lazy(() => withPageTexts(import('./follow-up/follow-up-page')).then((module) => ({ default: module.FollowUpPage })));
const FollowUpListPage = lazy(() =>
  withPageTexts(import('./follow-up/follow-up-list-page')).then((module) => ({ default: module.FollowUpListPage })),
);

export function EvaluationRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route index element={<HomePage />} />
        <Route path="evaluator" element={<EvaluatorsPage />} />
        <Route path="cycles/:cycleId" element={<CyclePage />} />
        <Route path="cycles/:cycleId/results" element={<ResultsPage />} />
        <Route path="cycles/:cycleId/cohorts" element={<CohortPage />} />
        <Route path="cycles/:cycleId/cohorts/:cohort" element={<CohortPage />} />
        <Route path="lokus/:lokusId/pembanding" element={<PeersPage />} />
        <Route path="cycles/:cycleId/agregat" element={<AggregatesPage />} />
        <Route path="cycles/:cycleId/sanggahan" element={<CycleAppealsPage />} />
        <Route path="lokus/:lokusId" element={<LokusPage />} />
        <Route path="lokus/:lokusId/rapor" element={<ReportCardPage />} />
        <Route path="lokus/:lokusId/tindak-lanjut" element={<FollowUpPage />} />
        <Route path="tindak-lanjut" element={<FollowUpListPage />} />
        <Route path="lokus/:lokusId/survei" element={<SurveyLinksPage />} />
        <Route path="survei/:token" element={<SurveyPage />} />
        <Route path="units/:unitId" element={<UnitHistoryPage />} />
        <Route path="units/:unitId/kesenjangan" element={<GapPage />} />
        <Route path="bandingkan" element={<ComparisonPage />} />
        <Route path="ombudsman" element={<OmbudsmanOverviewPage />} />
        <Route path="ombudsman/instansi/:agencyId" element={<AgencyCompliancePage />} />
        <Route path="ombudsman/instansi/:agencyId/cetak" element={<OmbudsmanSummaryPrintPage />} />
        <Route path="ombudsman/provinsi/:regionCode" element={<OmbudsmanProvincePage />} />
        <Route path="ombudsman/catat" element={<OmbudsmanRecordPage />} />
        <Route path="ombudsman/impor" element={<OmbudsmanImportPage />} />
        <Route path="*" element={<HomePage />} />
      </Routes>
    </Suspense>
  );
}

export default function EvaluationApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <EvaluationRoutes />
    </BasePathProvider>
  );
}
