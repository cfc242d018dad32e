import { Module } from '@nestjs/common';
import { AgencyService } from '../agencies/agency.service';
import { ServiceService } from '../services/service.service';
import { ServiceUnitService } from '../units/service-unit.service';
import { RegistryExportsResolver } from './registry-exports.resolver';
import { RegistryExportsService } from './registry-exports.service';

/**
 * Issue #16 §4: the registry's lists as CSV or XLSX. The list services are provided here too (they
 * hold only the DataSource), so an export selects exactly the rows its list does.
 */
@Module({
  providers: [ServiceUnitService, ServiceService, AgencyService, RegistryExportsService, RegistryExportsResolver],
})
export class RegistryExportsModule {}
