// The registry remote: exposed as './App' and mounted by the portal under its manifest route.
import './messages';
import type { RemoteAppProps } from '@simpul/web-kit';
import { Route, Routes } from 'react-router';
import { AgencyPage } from './agencies/agency-page';
import { ProvincePage } from './regions/province-page';
import { ProvincesPage } from './regions/provinces-page';
import { RegencyPage } from './regions/regency-page';
import { ServiceFormPage } from './services/service-form-page';
import { ServicePage } from './services/service-page';
import { BasePathProvider } from './shared/base-path';
import { UnitFormPage } from './units/unit-form-page';
import { UnitPage } from './units/unit-page';
import { UnitsPage } from './units/units-page';

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
