// The PEKPPP remote: exposed as './App' and mounted by the portal under its manifest route (/evaluasi).
import './messages';
import './workflow/workflow-messages';
import './desk/f01-messages';
import './ombudsman/ombudsman-messages';
import { BasePathProvider, type RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { CyclePage } from './cycles/cycle-page';
import { EvaluatorsPage } from './evaluators/evaluators-page';
import { HomePage } from './cycles/home-page';
import { LokusPage } from './lokus/lokus-page';
import { AgencyCompliancePage } from './ombudsman/agency-compliance-page';
import { ImportPage as OmbudsmanImportPage } from './ombudsman/import-page';
import { OmbudsmanOverviewPage } from './ombudsman/ombudsman-overview-page';
import { ProvincePage as OmbudsmanProvincePage } from './ombudsman/province-page';
import { RecordResultPage as OmbudsmanRecordPage } from './ombudsman/record-result-page';
import { OmbudsmanSummaryPrintPage } from './ombudsman/print/ombudsman-summary-print-page';
import { ReportCardPage } from './report/report-card-page';
import { ResultsPage } from './results/results-page';
import { SurveyLinksPage } from './survey/survey-links-page';
import { SurveyPage } from './survey/survey-page';
import { UnitHistoryPage } from './units/unit-history-page';

export function EvaluationRoutes() {
  return (
    <Routes>
      <Route index element={<HomePage />} />
      <Route path="evaluator" element={<EvaluatorsPage />} />
      <Route path="cycles/:cycleId" element={<CyclePage />} />
      <Route path="cycles/:cycleId/results" element={<ResultsPage />} />
      <Route path="lokus/:lokusId" element={<LokusPage />} />
      <Route path="lokus/:lokusId/rapor" element={<ReportCardPage />} />
      <Route path="lokus/:lokusId/survei" element={<SurveyLinksPage />} />
      <Route path="survei/:token" element={<SurveyPage />} />
      <Route path="units/:unitId" element={<UnitHistoryPage />} />
      <Route path="ombudsman" element={<OmbudsmanOverviewPage />} />
      <Route path="ombudsman/instansi/:agencyId" element={<AgencyCompliancePage />} />
      <Route path="ombudsman/instansi/:agencyId/cetak" element={<OmbudsmanSummaryPrintPage />} />
      <Route path="ombudsman/provinsi/:regionCode" element={<OmbudsmanProvincePage />} />
      <Route path="ombudsman/catat" element={<OmbudsmanRecordPage />} />
      <Route path="ombudsman/impor" element={<OmbudsmanImportPage />} />
      <Route path="*" element={<HomePage />} />
    </Routes>
  );
}

export default function EvaluationApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <EvaluationRoutes />
    </BasePathProvider>
  );
}
