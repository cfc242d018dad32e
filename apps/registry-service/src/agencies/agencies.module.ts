import { Module } from '@nestjs/common';
import { AgencyResolver } from './agency.resolver';
import { AgencyService } from './agency.service';

/** Agencies (instansi): create, edit, archive; the `Agency` entity. */
@Module({
  providers: [AgencyService, AgencyResolver],
})
export class AgenciesModule {}
