import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Clock, type Task } from '@simpul/service-kit';
import { adminAppealTasks, adminPhaseTasks } from './admin-tasks';
import { deskAppealTasks } from './desk-appeal-tasks';
import { deskF01Tasks } from './desk-f01-tasks';
import { evaluatorTasks } from './evaluator-tasks';
import type { TaskQuery } from './task-facts';

/**
 * The caller's open PEKPPP work, for "Tugas saya": who sees what follows the scope rules of access/
 * (a desk its unit's lokus, an evaluator its assigned lokus, the admin every cycle), each kind one
 * statement, run side by side.
 */
@Injectable()
export class EvaluationTasks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async for(caller: Identity): Promise<Task[]> {
    const query: TaskQuery = { db: this.dataSource, now: this.clock.now() };
    const kinds: Promise<Task[]>[] = [];
    if (caller.role === 'UNIT_DESK' && caller.serviceUnitId) {
      kinds.push(deskF01Tasks(query, caller.serviceUnitId), deskAppealTasks(query, caller.serviceUnitId));
    } else if (caller.role === 'EVALUATOR') {
      kinds.push(evaluatorTasks(query, caller.userId));
    } else if (caller.role === 'NATIONAL_ADMIN') {
      kinds.push(adminPhaseTasks(query), adminAppealTasks(query));
    }
    return (await Promise.all(kinds)).flat();
  }
}
