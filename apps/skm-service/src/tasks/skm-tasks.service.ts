import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Clock, type Task } from '@simpul/service-kit';
import { MALL_DIRECTORY, type MallDirectory } from '../malls/mall-directory';
import { deskSurveyTask, desksWithoutSurvey } from './desk-survey-tasks';
import { followUpTask, openFollowUps } from './follow-up-tasks';
import { runningSurveys, sampleTask } from './sample-tasks';
import type { TaskQuery } from './skm-task';

/**
 * The caller's SKM work, for "Tugas saya". A unit desk: its running surveys short of their sample
 * and its open follow-up plans. An MPP operator: its desks in use without a survey (the desks are
 * the MPP service's, asked once). Admins and evaluators read SKM but owe it no work.
 */
@Injectable()
export class SkmTasks {
  private readonly logger = new Logger(SkmTasks.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
  ) {}

  async for(caller: Identity): Promise<Task[]> {
    const query: TaskQuery = { db: this.db, today: this.clock.today(), now: this.clock.now() };
    if (caller.role === 'UNIT_DESK' && caller.serviceUnitId) {
      const [surveys, followUps] = await Promise.all([
        runningSurveys(query, caller.serviceUnitId),
        openFollowUps(query, caller.serviceUnitId),
      ]);
      return [...surveys.map((survey) => sampleTask(query, survey)), ...followUps.map((followUp) => followUpTask(query, followUp))];
    }
    if (caller.role === 'MPP_OPERATOR' && caller.mallId) {
      try {
        const desks = await desksWithoutSurvey(query, this.malls, caller, caller.mallId);
        return desks.map((desk) => deskSurveyTask(query, desk));
      } catch (error) {
        // The rest of "Tugas saya" should not fail because the MPP service cannot be reached.
        this.logger.warn(`desks without a survey left out: ${(error as Error).message}`);
        return [];
      }
    }
    return [];
  }
}
