import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DesksModule } from '../desks/desks.module';
import { MallsModule } from '../malls/malls.module';
import { TenanciesModule } from '../tenancies/tenancies.module';
import { DeskDayResolver } from './desk-day.resolver';
import { DeskDayService } from './desk-day.service';

/** Desk days: visitors, complaints and services per desk and day, and their CSV import. */
@Module({
  imports: [AccessModule, MallsModule, DesksModule, TenanciesModule],
  providers: [DeskDayService, DeskDayResolver],
})
export class VisitsModule {}
