import { Body, Controller, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access, sendRestError } from '@simpul/service-kit';
import { readReminderBatch } from './reminder-batch';
import { ReminderIntake } from './reminder-intake.service';

/**
 * POST /internal/notifications: where the services send their reminders (service-kit's
 * NotificationClient). Not part of the GraphQL schema; like every route it sits behind the
 * internal-token middleware, so only the services and the gateway (which never forwards this path)
 * reach it.
 */
@Controller('internal')
export class NotificationsController {
  constructor(private readonly intake: ReminderIntake) {}

  @Access('public')
  @Post('notifications')
  async accept(@Body() body: unknown, @Res() res: Response): Promise<void> {
    try {
      res.status(200).json(await this.intake.accept(readReminderBatch(body)));
    } catch (error) {
      sendRestError(res, error);
    }
  }
}
