import { Module } from '@nestjs/common';
import { ServiceImportResolver } from './import/service-import.resolver';
import { ServiceImportService } from './import/service-import.service';
import { ServiceResolver } from './service.resolver';
import { ServiceService } from './service.service';

/** A unit's services with their Standar Pelayanan, and the all-or-nothing CSV/XLSX import; the `Service` entity. */
@Module({
  providers: [ServiceService, ServiceImportService, ServiceResolver, ServiceImportResolver],
})
export class ServicesModule {}
