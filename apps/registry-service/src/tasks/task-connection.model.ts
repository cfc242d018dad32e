import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, Task, TASK_SELECTION, type RawTask } from '@simpul/service-kit';

@ObjectType()
export class TaskEdge {
  @Field() cursor!: string;
  @Field(() => Task) node!: Task;
}

const REQUIRES = `@requires(fields: "evaluationTasks { ${TASK_SELECTION} } kippTasks { ${TASK_SELECTION} } mppTasks { ${TASK_SELECTION} } skmTasks { ${TASK_SELECTION} }")`;

/**
 * "Tugas saya": one page of the caller's work across the services. The registry owns the page; the
 * lists come from the services that own the work (inaccessible fields on this entity, see
 * service-kit's task-feed.ts), and the gateway hands them back here to be merged and paged.
 */
@ObjectType({ description: 'Tugas saya: pekerjaan yang menunggu pengguna di semua modul, lewat tenggat di atas' })
@Directive('@key(fields: "feedKey")')
export class TaskConnection {
  @Field(() => ID)
  @Directive('@inaccessible')
  feedKey!: string;

  @Field(() => [Task]) @Directive('@external') evaluationTasks?: RawTask[];
  @Field(() => [Task]) @Directive('@external') kippTasks?: RawTask[];
  @Field(() => [Task]) @Directive('@external') mppTasks?: RawTask[];
  @Field(() => [Task]) @Directive('@external') skmTasks?: RawTask[];

  @Field(() => Int, { description: 'Jumlah seluruh tugas / size of the whole list' })
  @Directive(REQUIRES)
  totalCount!: number;

  @Field(() => [TaskEdge])
  @Directive(REQUIRES)
  edges!: TaskEdge[];

  @Field(() => PageInfo)
  @Directive(REQUIRES)
  pageInfo!: PageInfo;
}
