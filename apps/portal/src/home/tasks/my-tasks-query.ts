import { connectionOf, gql } from '@simpul/web-kit';
import type { MyTasksQuery, MyTasksQueryVariables } from '../../__generated__/operations';

/**
 * "Tugas saya": the caller's open work from every service that owns some, already ordered by the
 * registry (overdue first, then by due date, undated last). The portal keeps that order.
 */
export const MY_TASKS = gql<MyTasksQuery, MyTasksQueryVariables>`
  query MyTasks($first: Int, $after: String) {
    myTasks(first: $first, after: $after) {
      ${connectionOf('id title { id en } detail { id en } module dueDate status progress { done total } url')}
    }
  }
`;
