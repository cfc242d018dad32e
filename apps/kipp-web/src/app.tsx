// The KIPP remote: exposed as './App' and mounted by the portal under its manifest route (/kipp).
import './messages';
import type { RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { AdminProposalPage } from './admin/admin-proposal-page';
import { CompetitionPage } from './admin/competition-page';
import { CompetitionsPage } from './admin/competitions-page';
import { CataloguePage } from './catalogue/catalogue-page';
import { InnovationPage } from './catalogue/innovation-page';
import { WinnersPage } from './catalogue/winners-page';
import { MyProposalsPage } from './desk/my-proposals-page';
import { ProposalPage } from './desk/proposal-page';
import { AssignmentsPage } from './evaluator/assignments-page';
import { ScorePage } from './evaluator/score-page';
import { BasePathProvider } from './shared/base-path';

export function KippRoutes() {
  return (
    <Routes>
      <Route index element={<CataloguePage />} />
      <Route path="inovasi/:innovationId" element={<InnovationPage />} />
      <Route path="pemenang" element={<WinnersPage />} />
      <Route path="pemenang/:year" element={<WinnersPage />} />
      <Route path="usulan" element={<MyProposalsPage />} />
      <Route path="usulan/:proposalId" element={<ProposalPage />} />
      <Route path="kompetisi" element={<CompetitionsPage />} />
      <Route path="kompetisi/:competitionId" element={<CompetitionPage />} />
      <Route path="kompetisi/:competitionId/usulan/:proposalId" element={<AdminProposalPage />} />
      <Route path="penilaian" element={<AssignmentsPage />} />
      <Route path="penilaian/:proposalId" element={<ScorePage />} />
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
