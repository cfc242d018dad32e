import { Module } from '@nestjs/common';
import { AppointmentResolver } from './appointment.resolver';
import { AppointmentService } from './appointment.service';
import { CompetitionsModule } from '../competitions/competitions.module';

/** KIPP appointments: local admins per agency, TE/TPI members per competition, and their history. */
@Module({
  imports: [CompetitionsModule],
  providers: [AppointmentService, AppointmentResolver],
})
export class AppointmentsModule {}
