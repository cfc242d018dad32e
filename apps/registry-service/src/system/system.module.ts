import { Module } from '@nestjs/common';
import { SystemStatusResolver } from './system-status.resolver';
import { SystemStatusService } from './system-status.service';

/** Whether the data are demo data and when they were last seeded. */
@Module({
  providers: [SystemStatusService, SystemStatusResolver],
})
export class SystemModule {}
