import { Args, Int, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import {
  Access,
  decodeTaskFeedKey,
  encodeTaskFeedKey,
  pageOfTasks,
  taskFeedKeyOf,
  type Connection,
  PageInfo,
  type Task,
} from '@simpul/service-kit';
import { TaskConnection, TaskEdge } from './task-connection.model';

type Representation = Pick<TaskConnection, 'feedKey' | 'evaluationTasks' | 'kippTasks' | 'mppTasks' | 'skmTasks'>;

@Resolver(() => TaskConnection)
export class TaskFeedResolver {
  @Access('signed-in')
  @Query(() => TaskConnection, {
    description:
      'Tugas saya: pekerjaan pengguna yang masuk di semua modul, lewat tenggat di atas lalu menurut tenggat; tugas selesai hanya bila includeDone',
  })
  myTasks(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('includeDone', { type: () => Boolean, nullable: true, description: 'Sertakan tugas yang sudah selesai' }) includeDone?: boolean,
  ): Pick<TaskConnection, 'feedKey'> {
    return { feedKey: encodeTaskFeedKey(taskFeedKeyOf({ first, after, includeDone })) };
  }

  @Access('signed-in')
  @ResolveReference()
  resolveReference(representation: Representation): Representation {
    return representation;
  }

  @ResolveField(() => Int)
  totalCount(@Parent() feed: Representation): number {
    return this.page(feed).totalCount;
  }

  @ResolveField(() => [TaskEdge])
  edges(@Parent() feed: Representation): Connection<Task>['edges'] {
    return this.page(feed).edges;
  }

  @ResolveField(() => PageInfo)
  pageInfo(@Parent() feed: Representation): PageInfo {
    return this.page(feed).pageInfo;
  }

  private page(feed: Representation): Connection<Task> {
    return pageOfTasks([feed.evaluationTasks, feed.kippTasks, feed.mppTasks, feed.skmTasks], decodeTaskFeedKey(feed.feedKey));
  }
}
