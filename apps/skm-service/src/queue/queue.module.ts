import { Module } from '@nestjs/common';
import { SurveysModule } from '../surveys/surveys.module';
import { QueueKeyResolver } from './queue-key.resolver';
import { QueueKeyService } from './queue-key.service';
import { TicketService } from './ticket.service';
import { TicketsServedController } from './tickets-served.controller';

/** Queue systems of malls: their keys (managed in the portal) and "ticket served" → a one-time survey link. */
@Module({
  imports: [SurveysModule],
  controllers: [TicketsServedController],
  providers: [QueueKeyService, QueueKeyResolver, TicketService],
})
export class QueueModule {}
