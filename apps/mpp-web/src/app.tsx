// The MPP remote: exposed as './App' and mounted by the portal under its manifest route.
import './messages';
import { BasePathProvider, type RemoteAppProps, useBasePath, useSession } from '@simpul/web-kit';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { canManageMall } from './shared/access';
import { lazy, Suspense } from 'react';
import { LoadingState } from '@simpul/ui';

// Each page is a chunk of its own, loaded when its route is opened (issue #17): a visitor of one page
// does not download the others. Every page but the malls list (a visitor's first screen) also loads the
// texts only the other pages show, and shows once both are in.
const withPageTexts = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, import('./page-messages')]).then(([module]) => module);
const PublicMallPage = lazy(() => withPageTexts(import('./malls/public-mall-page')).then((module) => ({ default: module.PublicMallPage })));
const DashboardPage = lazy(() => withPageTexts(import('./dashboard/dashboard-page')).then((module) => ({ default: module.DashboardPage })));
const DeskSchedulePage = lazy(() =>
  withPageTexts(import('./desks/desk-schedule-page')).then((module) => ({ default: module.DeskSchedulePage })),
);
const CreateMallPage = lazy(() => withPageTexts(import('./malls/create-mall-page')).then((module) => ({ default: module.CreateMallPage })));
const MallProfilePage = lazy(() =>
  withPageTexts(import('./malls/mall-profile-page')).then((module) => ({ default: module.MallProfilePage })),
);
const MallsPage = lazy(() => import('./malls/malls-page').then((module) => ({ default: module.MallsPage })));
const NationalPage = lazy(() => withPageTexts(import('./national/national-page')).then((module) => ({ default: module.NationalPage })));
const AgreementPage = lazy(() => withPageTexts(import('./tenancies/agreement-page')).then((module) => ({ default: module.AgreementPage })));
const DeskTenanciesPage = lazy(() =>
  withPageTexts(import('./tenancies/desk-tenancies-page')).then((module) => ({ default: module.DeskTenanciesPage })),
);
const InvitePage = lazy(() => withPageTexts(import('./tenancies/invite-page')).then((module) => ({ default: module.InvitePage })));
const OnboardingPage = lazy(() =>
  withPageTexts(import('./tenancies/onboarding-page')).then((module) => ({ default: module.OnboardingPage })),
);
const ServicePickerPage = lazy(() =>
  withPageTexts(import('./tenancies/service-picker-page')).then((module) => ({ default: module.ServicePickerPage })),
);
const TenantsPage = lazy(() => withPageTexts(import('./tenancies/tenants-page')).then((module) => ({ default: module.TenantsPage })));
const VisitorsPage = lazy(() => withPageTexts(import('./visits/visitors-page')).then((module) => ({ default: module.VisitorsPage })));
const QueueKeysPage = lazy(() =>
  withPageTexts(import('./queue-keys/queue-keys-page')).then((module) => ({ default: module.QueueKeysPage })),
);
const MppReportPage = lazy(() => withPageTexts(import('./report/mpp-report-page')).then((module) => ({ default: module.MppReportPage })));

/** Each role starts where its work is: the operator at its mall's dashboard, the admin at the national view. */
function HomePage() {
  const { user } = useSession();
  const to = useBasePath();
  if (user?.role === 'MPP_OPERATOR' && user.mallId) return <Navigate to={to(`/malls/${user.mallId}`)} replace />;
  if (user?.role === 'NATIONAL_ADMIN') return <NationalPage />;
  if (user?.role === 'UNIT_DESK') return <DeskTenanciesPage />;
  return <MallsPage />;
}

/** A mall's front page: its dashboard for whoever manages it, its public face for everyone else. */
function MallHomePage() {
  const { user } = useSession();
  const { mallId = '' } = useParams();
  return canManageMall(user, mallId) ? <DashboardPage mallId={mallId} /> : <PublicMallPage mallId={mallId} />;
}

export function MppRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route index element={<HomePage />} />
        <Route path="malls" element={<MallsPage />} />
        <Route path="national" element={<NationalPage />} />
        <Route path="national/malls/new" element={<CreateMallPage />} />
        <Route path="my-tenancies" element={<DeskTenanciesPage />} />
        <Route path="malls/:mallId" element={<MallHomePage />} />
        <Route path="malls/:mallId/profile" element={<MallProfilePage />} />
        <Route path="malls/:mallId/tenants" element={<TenantsPage />} />
        <Route path="malls/:mallId/tenants/invite" element={<InvitePage />} />
        <Route path="malls/:mallId/desks" element={<DeskSchedulePage />} />
        <Route path="malls/:mallId/visitors" element={<VisitorsPage />} />
        <Route path="malls/:mallId/report" element={<MppReportPage />} />
        <Route path="malls/:mallId/queue-keys" element={<QueueKeysPage />} />
        <Route path="tenancies/:tenancyId" element={<OnboardingPage />} />
        <Route path="tenancies/:tenancyId/agreement" element={<AgreementPage />} />
        <Route path="tenancies/:tenancyId/services" element={<ServicePickerPage />} />
        <Route path="*" element={<HomePage />} />
      </Routes>
    </Suspense>
  );
}

export default function MppApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <MppRoutes />
    </BasePathProvider>
  );
}
