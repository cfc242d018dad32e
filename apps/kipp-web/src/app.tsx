// The KIPP remote: exposed as './App' and mounted by the portal under its manifest route (/kipp).
import './messages';
import type { RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { BasePathProvider } from '@simpul/web-kit';
import { lazy, Suspense } from 'react';
import { LoadingState } from '@simpul/ui';

// Each page is a chunk of its own, loaded when its route is opened (issue #17): a visitor of one page
// does not download the others. Every page but the catalogue (the first screen) also loads the texts
// only the other pages show, and shows once both are in.
const withPageTexts = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, import('./page-messages')]).then(([module]) => module);
const AdminProposalPage = lazy(() =>
  withPageTexts(import('./admin/admin-proposal-page')).then((module) => ({ default: module.AdminProposalPage })),
);
const AppointmentsPage = lazy(() =>
  withPageTexts(import('./appointments/appointments-page')).then((module) => ({ default: module.AppointmentsPage })),
);
const CompetitionPage = lazy(() =>
  withPageTexts(import('./admin/competition-page')).then((module) => ({ default: module.CompetitionPage })),
);
const CompetitionsPage = lazy(() =>
  withPageTexts(import('./admin/competitions-page')).then((module) => ({ default: module.CompetitionsPage })),
);
const NewCompetitionPage = lazy(() =>
  withPageTexts(import('./admin/new-competition-page')).then((module) => ({ default: module.NewCompetitionPage })),
);
const CataloguePage = lazy(() => import('./catalogue/catalogue-page').then((module) => ({ default: module.CataloguePage })));
const InnovationPage = lazy(() =>
  withPageTexts(import('./catalogue/innovation-page')).then((module) => ({ default: module.InnovationPage })),
);
const HistoricalAwardsPage = lazy(() =>
  withPageTexts(import('./awards/historical-awards-page')).then((module) => ({ default: module.HistoricalAwardsPage })),
);
const StatusChecksPage = lazy(() =>
  withPageTexts(import('./catalogue/status-checks-page')).then((module) => ({ default: module.StatusChecksPage })),
);
const WinnersPage = lazy(() => withPageTexts(import('./catalogue/winners-page')).then((module) => ({ default: module.WinnersPage })));
const MyProposalsPage = lazy(() =>
  withPageTexts(import('./desk/my-proposals-page')).then((module) => ({ default: module.MyProposalsPage })),
);
const ProposalPage = lazy(() => withPageTexts(import('./desk/proposal-page')).then((module) => ({ default: module.ProposalPage })));
const AssignmentsPage = lazy(() =>
  withPageTexts(import('./evaluator/assignments-page')).then((module) => ({ default: module.AssignmentsPage })),
);
const PanelPage = lazy(() => withPageTexts(import('./evaluator/panel-page')).then((module) => ({ default: module.PanelPage })));
const ScorePage = lazy(() => withPageTexts(import('./evaluator/score-page')).then((module) => ({ default: module.ScorePage })));
const LocalAdminPage = lazy(() =>
  withPageTexts(import('./local-admin/local-admin-page')).then((module) => ({ default: module.LocalAdminPage })),
);
const ReviewPage = lazy(() => withPageTexts(import('./local-admin/review-page')).then((module) => ({ default: module.ReviewPage })));

export function KippRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
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
        <Route path="kompetisi-terdahulu" element={<HistoricalAwardsPage />} />
        <Route path="kompetisi/:competitionId" element={<CompetitionPage />} />
        <Route path="kompetisi/:competitionId/usulan/:proposalId" element={<AdminProposalPage />} />
        <Route path="penilaian" element={<AssignmentsPage />} />
        <Route path="penilaian/:proposalId" element={<ScorePage />} />
        <Route path="panel" element={<PanelPage />} />
        <Route path="*" element={<CataloguePage />} />
      </Routes>
    </Suspense>
  );
}

export default function KippApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <KippRoutes />
    </BasePathProvider>
  );
}
