import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, Task } from '@simpul/service-kit';

@ObjectType()
export class TaskEdge {
  @Field() cursor!: string;
  @Field(() => Task) node!: Task;
}

/**
 * "Tugas saya": one page of the caller's work across the services. The registry owns the page; the
 * lists come from the services that own the work (GET /internal/tasks, see service-kit's
 * task-feed.ts), asked at once and merged here.
 */
@ObjectType({ description: 'Tugas saya: pekerjaan yang menunggu pengguna di semua modul, lewat tenggat di atas' })
export class TaskConnection {
  @Field(() => Int, { description: 'Jumlah seluruh tugas / size of the whole list' })
  totalCount!: number;

  @Field(() => [TaskEdge])
  edges!: TaskEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
