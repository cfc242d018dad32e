import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { badUserInput, conflict, one, optionalText, requireText } from '@simpul/service-kit';
import { requirePlanDesk, requirePlanReviewer } from '../access/follow-up-access';
import { CycleService } from '../cycles/cycle.service';
import {
  FollowUpActionStatus,
  FollowUpClosing,
  FollowUpPlanStatus,
  FollowUpReviewDecision,
  type CloseFollowUpActionInput,
  type ReportFollowUpProgressInput,
  type ReviewFollowUpPlanInput,
} from './follow-up.model';
import { requireAccepted, staleAction } from './follow-up-rules';
import { FollowUpService } from './follow-up.service';
import { ACTION_COLUMNS, type ActionRow, type PlanRow } from './follow-up.row';

/** After submission: the reviewer accepts or returns the plan; the desk reports progress; the reviewer closes actions. */
@Injectable()
export class FollowUpReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly plans: FollowUpService,
  ) {}

  async review(input: ReviewFollowUpPlanInput, caller: Identity): Promise<PlanRow> {
    const accept = input.decision === FollowUpReviewDecision.ACCEPT;
    const comment = accept
      ? optionalText(input.comment, 'input.comment', { maxLength: 4000 })
      : requireText(input.comment, 'input.comment', 'Say what the desk should change.', 'Tuliskan apa yang perlu diubah desk.', {
          maxLength: 4000,
        });
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.loadPlan(manager, input.planId, 'input.planId', true);
      await requirePlanReviewer(manager, caller, plan);
      if (plan.status !== FollowUpPlanStatus.SUBMITTED)
        throw conflict(
          'Only a submitted plan is accepted or returned.',
          'Hanya rencana yang sudah diajukan yang dapat diterima atau dikembalikan.',
          'input.planId',
        );
      await manager.query(
        `UPDATE evaluation.follow_up_plans SET status = $2, review_comment = $3, reviewed_by = $4, reviewed_by_name = $5, reviewed_at = $6, version = version + 1
         WHERE id = $1`,
        [
          plan.id,
          accept ? FollowUpPlanStatus.ACCEPTED : FollowUpPlanStatus.RETURNED,
          comment,
          caller.userId,
          caller.displayName,
          this.cycles.now(),
        ],
      );
      return this.plans.loadPlan(manager, plan.id, 'input.planId');
    });
  }

  /** The desk says an accepted action is under way, with what it has to show so far. */
  async reportProgress(input: ReportFollowUpProgressInput, caller: Identity): Promise<ActionRow> {
    const evidence = optionalText(input.evidence, 'input.evidence', { maxLength: 4000 });
    return this.dataSource.transaction(async (manager) => {
      const { action, plan } = await this.plans.loadAction(manager, input.actionId);
      requirePlanDesk(caller, plan);
      requireAccepted(plan.status);
      if (action.status === FollowUpActionStatus.DONE || action.status === FollowUpActionStatus.DROPPED)
        throw conflict('This action is closed.', 'Aksi ini sudah ditutup.', 'input.actionId');
      const saved = await one<ActionRow>(
        manager,
        `UPDATE evaluation.follow_up_actions a SET status = 'IN_PROGRESS', evidence = coalesce($2, evidence), version = version + 1, updated_at = $3
         WHERE a.id = $1 AND a.version = $4 RETURNING ${ACTION_COLUMNS}`,
        [action.id, evidence, this.cycles.now(), input.expectedVersion],
      );
      if (!saved) throw staleAction();
      return saved;
    });
  }

  /** DONE needs evidence of completion (given here or reported by the desk); DROPPED needs a reason. */
  async close(input: CloseFollowUpActionInput, caller: Identity): Promise<ActionRow> {
    const evidence = optionalText(input.evidence, 'input.evidence', { maxLength: 4000 });
    const dropping = input.outcome === FollowUpClosing.DROPPED;
    const reason = dropping
      ? requireText(input.reason, 'input.reason', 'Say why the action is dropped.', 'Tuliskan alasan aksi dibatalkan.')
      : null;
    return this.dataSource.transaction(async (manager) => {
      const { action, plan } = await this.plans.loadAction(manager, input.actionId);
      await requirePlanReviewer(manager, caller, plan);
      requireAccepted(plan.status);
      if (action.status === FollowUpActionStatus.DONE || action.status === FollowUpActionStatus.DROPPED)
        throw conflict('This action is already closed.', 'Aksi ini sudah ditutup.', 'input.actionId');
      if (!dropping && !evidence && !action.evidence)
        throw badUserInput(
          'input.evidence',
          'An action is done with its evidence of completion: record it first.',
          'Aksi selesai disertai bukti penyelesaian: catat buktinya terlebih dahulu.',
        );
      const saved = await one<ActionRow>(
        manager,
        `UPDATE evaluation.follow_up_actions a SET status = $2, evidence = coalesce($3, evidence), drop_reason = $4, closed_by = $5, closed_by_name = $6,
           closed_at = $7, version = version + 1, updated_at = $7
         WHERE a.id = $1 AND a.version = $8 RETURNING ${ACTION_COLUMNS}`,
        [action.id, input.outcome, evidence, reason, caller.userId, caller.displayName, this.cycles.now(), input.expectedVersion],
      );
      if (!saved) throw staleAction();
      return saved;
    });
  }
}
