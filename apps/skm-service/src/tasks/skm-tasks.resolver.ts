import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, SignedInCaller, Task } from '@simpul/service-kit';
import type { Identity } from '@simpul/contracts';
import { TaskContribution } from './task-contribution.model';
import { SkmTasks } from './skm-tasks.service';

@Resolver(() => TaskContribution)
export class SkmTasksResolver {
  constructor(private readonly tasks: SkmTasks) {}

  @Access('signed-in')
  @ResolveReference()
  resolveReference(reference: Pick<TaskContribution, 'feedKey'>): Pick<TaskContribution, 'feedKey'> {
    return { feedKey: reference.feedKey };
  }

  @ResolveField(() => [Task])
  skmTasks(@Parent() _feed: Pick<TaskContribution, 'feedKey'>, @SignedInCaller() caller: Identity): Promise<Task[]> {
    return this.tasks.for(caller);
  }
}
