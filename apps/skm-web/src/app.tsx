// The SKM remote: exposed as './App' and mounted by the portal under /skm. The public form, kiosk
// and one-time-link paths match the URLs the skm-service prints (PUBLIC_BASE_URL + /skm/s|kiosk|t/…).
import './messages';
import { BasePathProvider, type RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { lazy, Suspense } from 'react';
import { LoadingState } from '@simpul/ui';

// Each page is a chunk of its own, loaded when its route is opened (issue #17): a visitor of one page
// does not download the others.
const KioskPage = lazy(() => import('./kiosk/kiosk-page').then((module) => ({ default: module.KioskPage })));
const PosterPage = lazy(() => import('./poster/poster-page').then((module) => ({ default: module.PosterPage })));
const PublicFormPage = lazy(() => import('./public-form/public-form-page').then((module) => ({ default: module.PublicFormPage })));
const PublicUnitsPage = lazy(() => import('./public-results/public-units-page').then((module) => ({ default: module.PublicUnitsPage })));
const SkmLanding = lazy(() => import('./public-results/skm-landing').then((module) => ({ default: module.SkmLanding })));
const PublicDeskResultsPage = lazy(() =>
  import('./results/public-results-page').then((module) => ({ default: module.PublicDeskResultsPage })),
);
const PublicResultsPage = lazy(() => import('./results/public-results-page').then((module) => ({ default: module.PublicResultsPage })));
const SkmReportPage = lazy(() => import('./report/skm-report-page').then((module) => ({ default: module.SkmReportPage })));
const YearResultsPage = lazy(() => import('./results/year-results-page').then((module) => ({ default: module.YearResultsPage })));
const ImportBatchesPage = lazy(() => import('./imports/import-batches-page').then((module) => ({ default: module.ImportBatchesPage })));
const SurveyPage = lazy(() => import('./surveys/survey-page').then((module) => ({ default: module.SurveyPage })));
const EditSurveyPage = lazy(() => import('./surveys/survey-setup-page').then((module) => ({ default: module.EditSurveyPage })));
const NewSurveyPage = lazy(() => import('./surveys/survey-setup-page').then((module) => ({ default: module.NewSurveyPage })));

export function SkmRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route path="s/:code" element={<PublicFormPage />} />
        <Route path="t/:token" element={<PublicFormPage />} />
        <Route path="kiosk/:code" element={<KioskPage />} />
        <Route path="hasil" element={<PublicUnitsPage />} />
        <Route path="ikm" element={<YearResultsPage />} />
        <Route path="units/:unitId/public" element={<PublicResultsPage />} />
        <Route path="desks/:deskId/public" element={<PublicDeskResultsPage />} />
        <Route path="surveys/new" element={<NewSurveyPage />} />
        <Route path="surveys/:surveyId" element={<SurveyPage />} />
        <Route path="surveys/:surveyId/edit" element={<EditSurveyPage />} />
        <Route path="surveys/:surveyId/poster" element={<PosterPage />} />
        <Route path="surveys/:surveyId/report" element={<SkmReportPage />} />
        <Route path="surveys/:surveyId/impor" element={<ImportBatchesPage />} />
        <Route path="*" element={<SkmLanding />} />
      </Routes>
    </Suspense>
  );
}

export default function SkmApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <SkmRoutes />
    </BasePathProvider>
  );
}
