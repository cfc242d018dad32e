import { Module } from '@nestjs/common';
import { MallsModule } from '../malls/malls.module';
import { MppExportResolver } from './mpp-export.resolver';
import { MppExportService } from './mpp-export.service';

/** Downloads of a mall's lists: tenants, desks with their schedule, visitors (desk days), quotas. */
@Module({
  imports: [MallsModule],
  providers: [MppExportService, MppExportResolver],
})
export class ExportsModule {}
