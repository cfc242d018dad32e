// The registry remote: exposed as './App' and mounted by the portal under its manifest route.
import './messages';
import { BasePathProvider, type RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { lazy, Suspense } from 'react';
import { LoadingState } from '@simpul/ui';

// Each page is a chunk of its own, loaded when its route is opened (issue #17): a visitor of one page
// does not download the others. Every page but the units list (the first screen) also loads the texts
// of administration, plugins and readiness, and shows once both are in.
const withPageTexts = <T,>(page: Promise<T>): Promise<T> => Promise.all([page, import('./page-messages')]).then(([module]) => module);
const AdminPage = lazy(() => withPageTexts(import('./admin/admin-page')).then((module) => ({ default: module.AdminPage })));
const AgenciesAdminPage = lazy(() =>
  withPageTexts(import('./agencies/agencies-admin-page')).then((module) => ({ default: module.AgenciesAdminPage })),
);
const AgencyFormPage = lazy(() =>
  withPageTexts(import('./agencies/agency-form-page')).then((module) => ({ default: module.AgencyFormPage })),
);
const AgencyPage = lazy(() => withPageTexts(import('./agencies/agency-page')).then((module) => ({ default: module.AgencyPage })));
const AuditPage = lazy(() => withPageTexts(import('./audit/audit-page')).then((module) => ({ default: module.AuditPage })));
const PluginFormPage = lazy(() =>
  withPageTexts(import('./plugins/plugin-form-page')).then((module) => ({ default: module.PluginFormPage })),
);
const PluginPage = lazy(() => withPageTexts(import('./plugins/plugin-page')).then((module) => ({ default: module.PluginPage })));
const PluginsPage = lazy(() => withPageTexts(import('./plugins/plugins-page')).then((module) => ({ default: module.PluginsPage })));
const ProvincePage = lazy(() => withPageTexts(import('./regions/province-page')).then((module) => ({ default: module.ProvincePage })));
const ProvincesPage = lazy(() => withPageTexts(import('./regions/provinces-page')).then((module) => ({ default: module.ProvincesPage })));
const RegencyPage = lazy(() => withPageTexts(import('./regions/regency-page')).then((module) => ({ default: module.RegencyPage })));
const ServiceFormPage = lazy(() =>
  withPageTexts(import('./services/service-form-page')).then((module) => ({ default: module.ServiceFormPage })),
);
const ServiceImportPage = lazy(() =>
  withPageTexts(import('./lifecycle/service-import-page')).then((module) => ({ default: module.ServiceImportPage })),
);
const ServicePage = lazy(() => withPageTexts(import('./services/service-page')).then((module) => ({ default: module.ServicePage })));
const UnitFormPage = lazy(() => withPageTexts(import('./units/unit-form-page')).then((module) => ({ default: module.UnitFormPage })));
const UnitPage = lazy(() => withPageTexts(import('./units/unit-page')).then((module) => ({ default: module.UnitPage })));
const UnitsPage = lazy(() => import('./units/units-page').then((module) => ({ default: module.UnitsPage })));
const InviteUserPage = lazy(() => withPageTexts(import('./users/invite-user-page')).then((module) => ({ default: module.InviteUserPage })));
const UserPage = lazy(() => withPageTexts(import('./users/user-page')).then((module) => ({ default: module.UserPage })));
const UsersPage = lazy(() => withPageTexts(import('./users/users-page')).then((module) => ({ default: module.UsersPage })));

export function RegistryRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route index element={<UnitsPage />} />
        <Route path="regions" element={<ProvincesPage />} />
        <Route path="regions/:provinceCode" element={<ProvincePage />} />
        <Route path="regions/:provinceCode/:regencyCode" element={<RegencyPage />} />
        <Route path="agencies/:agencyId" element={<AgencyPage />} />
        <Route path="units/new" element={<UnitFormPage />} />
        <Route path="units/:unitId" element={<UnitPage />} />
        <Route path="units/:unitId/edit" element={<UnitFormPage />} />
        <Route path="units/:unitId/services/new" element={<ServiceFormPage />} />
        <Route path="units/:unitId/services/import" element={<ServiceImportPage />} />
        <Route path="services/:serviceId" element={<ServicePage />} />
        <Route path="services/:serviceId/edit" element={<ServiceFormPage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/users/new" element={<InviteUserPage />} />
        <Route path="admin/users/:userId" element={<UserPage />} />
        <Route path="admin/agencies" element={<AgenciesAdminPage />} />
        <Route path="admin/agencies/new" element={<AgencyFormPage />} />
        <Route path="admin/agencies/:agencyId/edit" element={<AgencyFormPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="plugins" element={<PluginsPage />} />
        <Route path="plugins/new" element={<PluginFormPage />} />
        <Route path="plugins/:pluginId" element={<PluginPage />} />
        <Route path="*" element={<UnitsPage />} />
      </Routes>
    </Suspense>
  );
}

export default function RegistryApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <RegistryRoutes />
    </BasePathProvider>
  );
}
