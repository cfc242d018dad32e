import { Inject, Logger } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@simpul/contracts';
import {
  Access,
  gatherTasks,
  pageOfTasks,
  SignedInCaller,
  taskFeedKeyOf,
  type Connection,
  type SubgraphContext,
  type Task,
  type TaskSource,
} from '@simpul/service-kit';
import { TaskConnection } from './task-connection.model';
import { TASK_SOURCES } from './task-sources.token';

@Resolver(() => TaskConnection)
export class TaskFeedResolver {
  private readonly logger = new Logger('MyTasks');

  constructor(@Inject(TASK_SOURCES) private readonly sources: readonly TaskSource[]) {}

  @Access('signed-in')
  @Query(() => TaskConnection, {
    description:
      'Tugas saya: pekerjaan pengguna yang masuk di semua modul, lewat tenggat di atas lalu menurut tenggat; tugas selesai hanya bila includeDone',
  })
  async myTasks(
    @SignedInCaller() caller: Identity,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('includeDone', { type: () => Boolean, nullable: true, description: 'Sertakan tugas yang sudah selesai' }) includeDone?: boolean,
  ): Promise<Connection<Task>> {
    // Arguments are checked before any service is asked.
    const key = taskFeedKeyOf({ first, after, includeDone });
    const lists = await gatherTasks(this.sources, caller, context.requestId, (message) => this.logger.warn(message));
    return pageOfTasks(lists, key);
  }
}
