import { Parent, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { Access, SignedInCaller, Task } from '@simpul/service-kit';
import type { Identity } from '@simpul/contracts';
import { TaskContribution } from './task-contribution.model';
import { EvaluationTasks } from './evaluation-tasks.service';

@Resolver(() => TaskContribution)
export class EvaluationTasksResolver {
  constructor(private readonly tasks: EvaluationTasks) {}

  @Access('signed-in')
  @ResolveReference()
  resolveReference(reference: Pick<TaskContribution, 'feedKey'>): Pick<TaskContribution, 'feedKey'> {
    return { feedKey: reference.feedKey };
  }

  @ResolveField(() => [Task])
  evaluationTasks(@Parent() _feed: Pick<TaskContribution, 'feedKey'>, @SignedInCaller() caller: Identity): Promise<Task[]> {
    return this.tasks.for(caller);
  }
}
