import { Controller, Get, UseFilters } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import { Access, SignedInCaller, SimpulHttpFilter, type Task } from '@simpul/service-kit';
import { EvaluationTasks } from './evaluation-tasks.service';

/**
 * GET /internal/tasks → `{ tasks }`: the caller's PEKPPP work, asked by the registry for "Tugas saya"
 * (service-kit's task-feed.ts). Behind the internal-token middleware like every route; the caller
 * arrives in the token.
 */
@UseFilters(SimpulHttpFilter)
@Controller('internal')
export class EvaluationTasksController {
  constructor(private readonly tasks: EvaluationTasks) {}

  @Access('signed-in')
  @Get('tasks')
  async list(@SignedInCaller() caller: Identity): Promise<{ tasks: Task[] }> {
    return { tasks: await this.tasks.for(caller) };
  }
}
