import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, SignedInCaller, Task } from '@simpul/service-kit';
import type { Identity } from '@simpul/contracts';
import { TaskContribution } from './task-contribution.model';
import { KippTasks } from './kipp-tasks.service';

@Resolver(() => TaskContribution)
export class KippTasksResolver {
  constructor(private readonly tasks: KippTasks) {}

  @Access('signed-in')
  @ResolveReference()
  resolveReference(reference: Pick<TaskContribution, 'feedKey'>): Pick<TaskContribution, 'feedKey'> {
    return { feedKey: reference.feedKey };
  }

  @ResolveField(() => [Task])
  kippTasks(@Parent() _feed: Pick<TaskContribution, 'feedKey'>, @SignedInCaller() caller: Identity): Promise<Task[]> {
    return this.tasks.for(caller);
  }
}
