import { Module } from '@nestjs/common';
import { AgencyDirectory, HttpAgencyDirectory } from './agency-directory';
import { OmbudsmanResolver } from './ombudsman.resolver';
import { OmbudsmanService } from './ombudsman.service';

/**
 * Ombudsman RI compliance results (docs/domain.md §7): recorded by the national admin or imported,
 * read by everyone. Agencies are checked against the registry at REGISTRY_URL when a result is recorded.
 */
@Module({
  providers: [OmbudsmanService, OmbudsmanResolver, { provide: AgencyDirectory, useFactory: () => new HttpAgencyDirectory() }],
  exports: [OmbudsmanService],
})
export class OmbudsmanModule {}
