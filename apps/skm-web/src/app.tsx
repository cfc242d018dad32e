// The SKM remote: exposed as './App' and mounted by the portal under /skm. The public form, kiosk
// and one-time-link paths match the URLs the skm-service prints (PUBLIC_BASE_URL + /skm/s|kiosk|t/…).
import './messages';
import { BasePathProvider, type RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { KioskPage } from './kiosk/kiosk-page';
import { PosterPage } from './poster/poster-page';
import { PublicFormPage } from './public-form/public-form-page';
import { PublicUnitsPage } from './public-results/public-units-page';
import { SkmLanding } from './public-results/skm-landing';
import { PublicDeskResultsPage, PublicResultsPage } from './results/public-results-page';
import { SkmReportPage } from './report/skm-report-page';
import { SurveyPage } from './surveys/survey-page';
import { EditSurveyPage, NewSurveyPage } from './surveys/survey-setup-page';

export function SkmRoutes() {
  return (
    <Routes>
      <Route path="s/:code" element={<PublicFormPage />} />
      <Route path="t/:token" element={<PublicFormPage />} />
      <Route path="kiosk/:code" element={<KioskPage />} />
      <Route path="hasil" element={<PublicUnitsPage />} />
      <Route path="units/:unitId/public" element={<PublicResultsPage />} />
      <Route path="desks/:deskId/public" element={<PublicDeskResultsPage />} />
      <Route path="surveys/new" element={<NewSurveyPage />} />
      <Route path="surveys/:surveyId" element={<SurveyPage />} />
      <Route path="surveys/:surveyId/edit" element={<EditSurveyPage />} />
      <Route path="surveys/:surveyId/poster" element={<PosterPage />} />
      <Route path="surveys/:surveyId/report" element={<SkmReportPage />} />
      <Route path="*" element={<SkmLanding />} />
    </Routes>
  );
}

export default function SkmApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <SkmRoutes />
    </BasePathProvider>
  );
}
