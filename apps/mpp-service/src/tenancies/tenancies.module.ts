import { forwardRef, Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AgreementsModule } from '../agreements/agreements.module';
import { DesksModule } from '../desks/desks.module';
import { MallsModule } from '../malls/malls.module';
import { TenancyServicesModule } from '../tenancy-services/tenancy-services.module';
import { TenancyResolver } from './tenancy.resolver';
import { TenancyService } from './tenancy.service';

/** Tenancies and their onboarding. A tenancy shows its agreements, desks and services; those point back at it. */
@Module({
  imports: [
    AccessModule,
    AgreementsModule,
    forwardRef(() => MallsModule),
    forwardRef(() => DesksModule),
    forwardRef(() => TenancyServicesModule),
  ],
  providers: [TenancyService, TenancyResolver],
  exports: [TenancyService],
})
export class TenanciesModule {}
