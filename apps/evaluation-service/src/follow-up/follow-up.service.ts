import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { badUserInput, conflict, isUuid, notFound, one, optionalText, rows, type Queryable } from '@simpul/service-kit';
import { requirePlanDesk, requirePlanReader } from '../access/follow-up-access';
import { LokusAccess } from '../access/lokus-access.service';
import { CycleService } from '../cycles/cycle.service';
import { GapSource } from '../reports/reports.model';
import { ReportsService } from '../reports/reports.service';
import { descriptorOf } from '../instruments/instrument-lookup';
import type { LokusRow } from '../lokus/lokus.row';
import type { FollowUpQuickWin, SaveFollowUpActionInput } from './follow-up.model';
import { actionIndicators, actionTitle, dueDate, requireEditable, staleAction } from './follow-up-rules';
import { ACTION_COLUMNS, MAX_ACTIONS, PLAN_COLUMNS, PLAN_FROM, type ActionRow, type PlanRow } from './follow-up.row';
import { actionsFromGap, quickWins } from './quick-wins';

/** The desk's side of a follow-up plan: drafting it from the rapor, editing its actions, submitting it. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly lokusAccess: LokusAccess,
    private readonly reports: ReportsService,
  ) {}

  async loadPlan(db: Queryable, planId: string, field = 'input.planId', lock = false): Promise<PlanRow> {
    const plan = isUuid(planId)
      ? await one<PlanRow>(db, `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [planId])
      : null;
    if (!plan) throw notFound('This follow-up plan does not exist.', 'Rencana tindak lanjut ini tidak ada.', field);
    return plan;
  }

  /** The action with its plan, both locked when `manager` is a transaction. */
  async loadAction(manager: EntityManager, actionId: string): Promise<{ action: ActionRow; plan: PlanRow }> {
    const action = isUuid(actionId)
      ? await one<ActionRow>(manager, `SELECT ${ACTION_COLUMNS} FROM evaluation.follow_up_actions a WHERE a.id = $1`, [actionId])
      : null;
    if (!action) throw notFound('This action does not exist.', 'Aksi ini tidak ada.', 'input.actionId');
    return { action, plan: await this.loadPlan(manager, action.planId, 'input.actionId', true) };
  }

  async planForLokus(lokusId: string, caller: Identity): Promise<PlanRow | null> {
    const lokus = await this.lokusAccess.load(lokusId);
    const plan = await one<PlanRow>(this.dataSource, `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.lokus_id = $1`, [lokus.id]);
    if (!plan) {
      // A desk asks only about its own unit; that there is no plan yet is no secret to an evaluator or the admin.
      if (caller.role === 'UNIT_DESK') requirePlanDesk(caller, { id: '', serviceUnitId: lokus.serviceUnitId });
      return null;
    }
    await requirePlanReader(this.dataSource, caller, plan);
    return plan;
  }

  /**
   * A draft on a published result, its first actions the rapor's "langkah berikutnya" (one per step of
   * the gap analysis on the F-02 scores; none for a result kept only as its published IPP), owner and
   * due date left for the desk; one statement per table.
   */
  async create(lokusId: string, caller: Identity): Promise<PlanRow> {
    const lokus = await this.lokusAccess.load(lokusId);
    requirePlanDesk(caller, { id: '', serviceUnitId: lokus.serviceUnitId });
    const cycle = await this.cycles.load(lokus.cycleId);
    if (!cycle.publishedAt)
      throw conflict(
        'A follow-up plan is drafted once the result is published.',
        'Rencana tindak lanjut disusun setelah hasil dipublikasikan.',
        'lokusId',
      );
    const result = await one(this.dataSource, `SELECT 1 FROM evaluation.results WHERE lokus_id = $1 LIMIT 1`, [lokus.id]);
    if (!result)
      throw conflict('This lokus has no result to follow up.', 'Lokus ini belum memiliki hasil untuk ditindaklanjuti.', 'lokusId');
    const actions = (await this.scored(lokus))
      ? actionsFromGap(await this.reports.gapFor(lokus, GapSource.SCORES)).slice(0, MAX_ACTIONS)
      : [];
    const now = this.cycles.now();
    const planId = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const created = await one(
        manager,
        `INSERT INTO evaluation.follow_up_plans (id, lokus_id, service_unit_id, status, created_by, created_at) VALUES ($1, $2, $3, 'DRAFT', $4, $5)
         ON CONFLICT (lokus_id) DO NOTHING RETURNING id`,
        [planId, lokus.id, lokus.serviceUnitId, caller.userId, now],
      );
      if (!created)
        throw conflict('This result already has a follow-up plan.', 'Hasil ini sudah memiliki rencana tindak lanjut.', 'lokusId');
      if (!actions.length) return;
      await manager.query(
        `INSERT INTO evaluation.follow_up_actions (id, plan_id, position, title, indicator_codes, updated_at)
         SELECT gen_random_uuid(), $1, s.ordinality, s.value->>'title', ARRAY(SELECT jsonb_array_elements_text(s.value->'indicatorCodes')), $3
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS s(value, ordinality)`,
        [planId, JSON.stringify(actions), now],
      );
    });
    return this.loadPlan(this.dataSource, planId, 'lokusId');
  }

  async saveAction(input: SaveFollowUpActionInput, caller: Identity): Promise<ActionRow> {
    const title = actionTitle(input.title);
    const ownerName = optionalText(input.ownerName, 'input.ownerName', { maxLength: 200 });
    const dueOn = dueDate(input.dueOn);
    const now = this.cycles.now();
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.loadPlan(manager, input.planId, 'input.planId', true);
      requirePlanDesk(caller, plan);
      requireEditable(plan.status);
      const instrument = await one<{ instrumentId: string | null }>(
        manager,
        // A result kept only as its published IPP has no instrument: its actions name the indicators of
        // the unit's newest instrument, the one its next evaluation is filled on.
        `SELECT coalesce(l.instrument_id, (SELECT n.instrument_id FROM evaluation.lokus n JOIN evaluation.cycles nc ON nc.id = n.cycle_id
           WHERE n.service_unit_id = l.service_unit_id AND n.instrument_id IS NOT NULL ORDER BY nc.year DESC, n.added_at DESC LIMIT 1)) AS "instrumentId"
         FROM evaluation.lokus l WHERE l.id = $1`,
        [plan.lokusId],
      );
      const indicatorCodes = actionIndicators(input.indicatorCodes, instrument?.instrumentId ?? null);
      if (input.actionId) {
        if (input.expectedVersion === null || input.expectedVersion === undefined)
          throw badUserInput(
            'input.expectedVersion',
            'Say which version of the action you changed.',
            'Sebutkan versi aksi yang Anda ubah.',
          );
        const saved = await one<ActionRow>(
          manager,
          `UPDATE evaluation.follow_up_actions a SET title = $3, indicator_codes = $4, owner_name = $5, due_on = $6::date, quick_win = quick_win OR $7,
             version = version + 1, updated_at = $8
           WHERE a.id = $1 AND a.plan_id = $2 AND a.version = $9 RETURNING ${ACTION_COLUMNS}`,
          [input.actionId, plan.id, title, indicatorCodes, ownerName, dueOn, input.quickWin ?? false, now, input.expectedVersion],
        );
        if (!saved) throw staleAction();
        return saved;
      }
      const count = await one<{ count: number }>(
        manager,
        `SELECT count(*)::int AS count FROM evaluation.follow_up_actions WHERE plan_id = $1`,
        [plan.id],
      );
      if ((count?.count ?? 0) >= MAX_ACTIONS)
        throw badUserInput(
          'input.planId',
          `A plan holds at most ${MAX_ACTIONS} actions.`,
          `Satu rencana memuat paling banyak ${MAX_ACTIONS} aksi.`,
        );
      return (await one<ActionRow>(
        manager,
        `INSERT INTO evaluation.follow_up_actions AS a (id, plan_id, position, title, indicator_codes, owner_name, due_on, quick_win, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8, $9) RETURNING ${ACTION_COLUMNS}`,
        [randomUUID(), plan.id, (count?.count ?? 0) + 1, title, indicatorCodes, ownerName, dueOn, input.quickWin ?? false, now],
      )) as ActionRow;
    });
  }

  /** Removes a draft action and closes the gap in the numbering, in one transaction. */
  async removeAction(actionId: string, caller: Identity): Promise<PlanRow> {
    return this.dataSource.transaction(async (manager) => {
      const { action, plan } = await this.loadAction(manager, actionId);
      requirePlanDesk(caller, plan);
      requireEditable(plan.status, 'actionId');
      await manager.query(`DELETE FROM evaluation.follow_up_actions WHERE id = $1`, [action.id]);
      await manager.query(`UPDATE evaluation.follow_up_actions SET position = position - 1 WHERE plan_id = $1 AND position > $2`, [
        plan.id,
        action.position,
      ]);
      return plan;
    });
  }

  /** Sends the plan to its reviewer: every action with an owner and a due date. */
  async submit(planId: string, caller: Identity): Promise<PlanRow> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.loadPlan(manager, planId, 'planId', true);
      requirePlanDesk(caller, plan);
      requireEditable(plan.status, 'planId');
      const actions = await rows<ActionRow>(
        manager,
        `SELECT ${ACTION_COLUMNS} FROM evaluation.follow_up_actions a WHERE a.plan_id = $1 ORDER BY a.position`,
        [plan.id],
      );
      if (!actions.length)
        throw badUserInput('planId', 'Add at least one action before submitting.', 'Tambahkan sedikitnya satu aksi sebelum mengajukan.');
      const missing = actions.find((action) => !action.ownerName || !action.dueOn);
      if (missing)
        throw badUserInput(
          `actions.${missing.position}.${missing.ownerName ? 'dueOn' : 'ownerName'}`,
          `Action ${missing.position} needs ${missing.ownerName ? 'a due date' : 'an owner'} before the plan is submitted.`,
          `Aksi ${missing.position} memerlukan ${missing.ownerName ? 'tenggat' : 'penanggung jawab'} sebelum rencana diajukan.`,
        );
      await manager.query(
        `UPDATE evaluation.follow_up_plans SET status = 'SUBMITTED', submitted_at = $2, version = version + 1 WHERE id = $1`,
        [plan.id, this.cycles.now()],
      );
      return this.loadPlan(manager, plan.id, 'planId');
    });
  }

  /** Whether the lokus has F-02 scores to analyse (a result kept only as its published IPP has none). */
  private async scored(lokus: LokusRow): Promise<boolean> {
    if (lokus.instrumentId === null) return false;
    return (await one(this.dataSource, `SELECT 1 FROM evaluation.f02_scores WHERE lokus_id = $1 LIMIT 1`, [lokus.id])) !== null;
  }

  /** Quick wins for the plan's lokus from its gap analysis (F-02 scores), marking what the plan covers. */
  async quickWins(planId: string, caller: Identity): Promise<FollowUpQuickWin[]> {
    const plan = await this.loadPlan(this.dataSource, planId, 'planId');
    await requirePlanReader(this.dataSource, caller, plan);
    const lokus = await this.lokusAccess.load(plan.lokusId);
    if (!(await this.scored(lokus))) return [];
    const [gap, planned] = await Promise.all([
      this.reports.gapFor(lokus, GapSource.SCORES),
      rows<{ code: string }>(
        this.dataSource,
        `SELECT DISTINCT unnest(indicator_codes) AS code FROM evaluation.follow_up_actions WHERE plan_id = $1`,
        [plan.id],
      ),
    ]);
    return quickWins(gap, new Set(planned.map((row) => row.code)), (code, level) => descriptorOf(lokus.instrumentId, code, level));
  }
}
