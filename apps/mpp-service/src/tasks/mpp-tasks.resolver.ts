import { Context, Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, SignedInCaller, Task, type SubgraphContext } from '@simpul/service-kit';
import type { Identity } from '@simpul/contracts';
import { TaskContribution } from './task-contribution.model';
import { MppTasks } from './mpp-tasks.service';

@Resolver(() => TaskContribution)
export class MppTasksResolver {
  constructor(private readonly tasks: MppTasks) {}

  @Access('signed-in')
  @ResolveReference()
  resolveReference(reference: Pick<TaskContribution, 'feedKey'>): Pick<TaskContribution, 'feedKey'> {
    return { feedKey: reference.feedKey };
  }

  @ResolveField(() => [Task])
  mppTasks(
    @Parent() _feed: Pick<TaskContribution, 'feedKey'>,
    @SignedInCaller() caller: Identity,
    @Context() context: SubgraphContext,
  ): Promise<Task[]> {
    // The request id goes with the registry calls that name agencies and services, for the logs.
    return this.tasks.for(caller, context.requestId);
  }
}
