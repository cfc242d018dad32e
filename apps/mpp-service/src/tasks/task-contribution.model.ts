import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { Task } from '@simpul/service-kit';

/**
 * This service's part of "Tugas saya": the registry owns `myTasks` and its paging; the gateway asks
 * here for the caller's MPP work on the same entity (service-kit's task-feed.ts explains why).
 */
@ObjectType('TaskConnection')
@Directive('@key(fields: "feedKey")')
export class TaskContribution {
  @Field(() => ID)
  @Directive('@inaccessible')
  feedKey!: string;

  @Field(() => [Task], { description: 'Tugas MPP pengguna (disusun registri menjadi myTasks)' })
  @Directive('@inaccessible')
  mppTasks!: Task[];
}
