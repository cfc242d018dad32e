// The MPP remote: exposed as './App' and mounted by the portal under its manifest route.
import './messages';
import { BasePathProvider, type RemoteAppProps, useBasePath, useSession } from '@simpul/web-kit';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { DashboardPage } from './dashboard/dashboard-page';
import { DeskSchedulePage } from './desks/desk-schedule-page';
import { CreateMallPage } from './malls/create-mall-page';
import { MallProfilePage } from './malls/mall-profile-page';
import { MallsPage } from './malls/malls-page';
import { PublicMallPage } from './malls/public-mall-page';
import { NationalPage } from './national/national-page';
import { canManageMall } from './shared/access';
import { AgreementPage } from './tenancies/agreement-page';
import { DeskTenanciesPage } from './tenancies/desk-tenancies-page';
import { InvitePage } from './tenancies/invite-page';
import { OnboardingPage } from './tenancies/onboarding-page';
import { ServicePickerPage } from './tenancies/service-picker-page';
import { TenantsPage } from './tenancies/tenants-page';
import { VisitorsPage } from './visits/visitors-page';
import { MppReportPage } from './report/mpp-report-page';

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
      <Route path="tenancies/:tenancyId" element={<OnboardingPage />} />
      <Route path="tenancies/:tenancyId/agreement" element={<AgreementPage />} />
      <Route path="tenancies/:tenancyId/services" element={<ServicePickerPage />} />
      <Route path="*" element={<HomePage />} />
    </Routes>
  );
}

export default function MppApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <MppRoutes />
    </BasePathProvider>
  );
}
