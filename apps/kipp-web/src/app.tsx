// The KIPP remote: exposed as './App' and mounted by the portal under its manifest route (/kipp).
import './messages';
import type { RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { BasePathProvider } from '@simpul/web-kit';
import { AdminProposalPage } from './admin/admin-proposal-page';
import { AppointmentsPage } from './appointments/appointments-page';
import { CompetitionPage } from './admin/competition-page';
import { CompetitionsPage } from './admin/competitions-page';
import { NewCompetitionPage } from './admin/new-competition-page';
import { CataloguePage } from './catalogue/catalogue-page';
import { InnovationPage } from './catalogue/innovation-page';
import { StatusChecksPage } from './catalogue/status-checks-page';
import { WinnersPage } from './catalogue/winners-page';
import { MyProposalsPage } from './desk/my-proposals-page';
import { ProposalPage } from './desk/proposal-page';
import { AssignmentsPage } from './evaluator/assignments-page';
import { PanelPage } from './evaluator/panel-page';
import { ScorePage } from './evaluator/score-page';
import { LocalAdminPage } from './local-admin/local-admin-page';
import { ReviewPage } from './local-admin/review-page';

export function KippRoutes() {
  return (
    <Routes>
      <Route index element={<CataloguePage />} />
      <Route path="inovasi/:innovationId" element={<InnovationPage />} />
      <Route path="pemenang" element={<WinnersPage />} />
      <Route path="pemenang/:year" element={<WinnersPage />} />
      <Route path="usulan" element={<MyProposalsPage />} />
      <Route path="usulan/:proposalId" element={<ProposalPage />} />
      <Route path="admin-lokal" element={<LocalAdminPage />} />
      <Route path="admin-lokal/usulan/:proposalId" element={<ReviewPage />} />
      <Route path="kompetisi" element={<CompetitionsPage />} />
      <Route path="kompetisi/baru" element={<NewCompetitionPage />} />
      <Route path="status-inovasi" element={<StatusChecksPage />} />
      <Route path="penugasan" element={<AppointmentsPage />} />
      <Route path="kompetisi/:competitionId" element={<CompetitionPage />} />
      <Route path="kompetisi/:competitionId/usulan/:proposalId" element={<AdminProposalPage />} />
      <Route path="penilaian" element={<AssignmentsPage />} />
      <Route path="penilaian/:proposalId" element={<ScorePage />} />
      <Route path="panel" element={<PanelPage />} />
      <Route path="*" element={<CataloguePage />} />
    </Routes>
  );
}

export default function KippApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <KippRoutes />
    </BasePathProvider>
  );
}
