import { Controller, Get, UseFilters } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import { Access, SignedInCaller, SimpulHttpFilter, type Task } from '@simpul/service-kit';
import { SkmTasks } from './skm-tasks.service';

/**
 * GET /internal/tasks → `{ tasks }`: the caller's SKM work, asked by the registry for "Tugas saya"
 * (service-kit's task-feed.ts). Behind the internal-token middleware like every route; the caller
 * arrives in the token.
 */
@UseFilters(SimpulHttpFilter)
@Controller('internal')
export class SkmTasksController {
  constructor(private readonly tasks: SkmTasks) {}

  @Access('signed-in')
  @Get('tasks')
  async list(@SignedInCaller() caller: Identity): Promise<{ tasks: Task[] }> {
    return { tasks: await this.tasks.for(caller) };
  }
}
