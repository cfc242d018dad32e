// The registry remote: exposed as './App' and mounted by the portal under its manifest route.
import './messages';
import { BasePathProvider, type RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { AdminPage } from './admin/admin-page';
import { AgenciesAdminPage } from './agencies/agencies-admin-page';
import { AgencyFormPage } from './agencies/agency-form-page';
import { AgencyPage } from './agencies/agency-page';
import { AuditPage } from './audit/audit-page';
import { PluginFormPage } from './plugins/plugin-form-page';
import { PluginPage } from './plugins/plugin-page';
import { PluginsPage } from './plugins/plugins-page';
import { ProvincePage } from './regions/province-page';
import { ProvincesPage } from './regions/provinces-page';
import { RegencyPage } from './regions/regency-page';
import { ServiceFormPage } from './services/service-form-page';
import { ServicePage } from './services/service-page';
import { UnitFormPage } from './units/unit-form-page';
import { UnitPage } from './units/unit-page';
import { UnitsPage } from './units/units-page';
import { InviteUserPage } from './users/invite-user-page';
import { UserPage } from './users/user-page';
import { UsersPage } from './users/users-page';

export function RegistryRoutes() {
  return (
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
  );
}

export default function RegistryApp({ basePath }: RemoteAppProps) {
  return (
    <BasePathProvider value={basePath}>
      <RegistryRoutes />
    </BasePathProvider>
  );
}
