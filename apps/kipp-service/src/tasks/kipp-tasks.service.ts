import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Clock, rows, type Task } from '@simpul/service-kit';
import { objectionTasks, shortlistDecisionTasks } from './admin-decision-tasks';
import { draftTasks } from './draft-tasks';
import { fieldVerificationTasks } from './field-verification-tasks';
import { assessmentTasks, presentationTasks } from './panel-tasks';
import { ownerStatusCheckTasks, unansweredStatusCheckTasks } from './status-check-tasks';
import type { TaskScope } from './task-scope';

/**
 * The caller's open KIPP work, for "Tugas saya". Who sees what follows access/kipp-access.ts: the
 * desk its unit's drafts and status checks, a local admin (any portal role bound in
 * `kipp.local_admins`) its agencies' shared drafts and status checks, TE/TPI members their scoring
 * and field visits,
 * the national admin the decisions and follow-ups only it can make. One small lookup of the local
 * admin's agencies, then at most one aggregate statement per kind, run side by side.
 */
@Injectable()
export class KippTasks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async for(caller: Identity): Promise<Task[]> {
    const agencies = await rows<{ agency_id: string }>(
      this.dataSource,
      `SELECT agency_id FROM kipp.local_admins WHERE user_id = $1`,
      [caller.userId],
      { prepared: true },
    );
    const scope: TaskScope = {
      caller,
      unitId: caller.role === 'UNIT_DESK' ? caller.serviceUnitId : null,
      agencies: agencies.map((row) => row.agency_id),
      today: this.clock.today(),
      now: this.clock.now(),
    };
    const kinds: Promise<Task[]>[] = [draftTasks(this.dataSource, scope), ownerStatusCheckTasks(this.dataSource, scope)];
    if (caller.role === 'NATIONAL_ADMIN') {
      kinds.push(
        unansweredStatusCheckTasks(this.dataSource, scope),
        shortlistDecisionTasks(this.dataSource, scope),
        objectionTasks(this.dataSource, scope),
      );
    }
    if (caller.role === 'EVALUATOR') {
      kinds.push(
        assessmentTasks(this.dataSource, scope),
        presentationTasks(this.dataSource, scope),
        fieldVerificationTasks(this.dataSource, scope),
      );
    }
    return (await Promise.all(kinds)).flat();
  }
}
