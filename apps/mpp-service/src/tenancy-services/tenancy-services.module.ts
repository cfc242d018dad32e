import { forwardRef, Module } from '@nestjs/common';
import { TenanciesModule } from '../tenancies/tenancies.module';
import { TenancyServiceResolver } from './tenancy-service.resolver';
import { TenancyServiceService } from './tenancy-service.service';

/** The registry services a tenant offers at the mall, their quotas and readiness. */
@Module({
  imports: [forwardRef(() => TenanciesModule)],
  providers: [TenancyServiceService, TenancyServiceResolver],
  exports: [TenancyServiceService],
})
export class TenancyServicesModule {}
