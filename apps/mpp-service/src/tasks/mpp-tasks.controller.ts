import { Controller, Get, Req, UseFilters } from '@nestjs/common';
import type { Identity } from '@simpul/contracts';
import { Access, SignedInCaller, SimpulHttpFilter, type SubgraphRequest, type Task } from '@simpul/service-kit';
import { MppTasks } from './mpp-tasks.service';

/**
 * GET /internal/tasks → `{ tasks }`: the caller's MPP work, asked by the registry for "Tugas saya"
 * (service-kit's task-feed.ts). Behind the internal-token middleware like every route; the caller
 * arrives in the token.
 */
@UseFilters(SimpulHttpFilter)
@Controller('internal')
export class MppTasksController {
  constructor(private readonly tasks: MppTasks) {}

  @Access('signed-in')
  @Get('tasks')
  async list(@SignedInCaller() caller: Identity, @Req() req: SubgraphRequest): Promise<{ tasks: Task[] }> {
    // The request id goes with the registry calls that name agencies and services, for the logs.
    return { tasks: await this.tasks.for(caller, req.simpul?.requestId) };
  }
}
