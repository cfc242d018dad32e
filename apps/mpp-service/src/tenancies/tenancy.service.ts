import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  badUserInput,
  notFound,
  optionalText,
  type Connection,
  type KeysetKey,
  type SubgraphContext,
  Clock,
  runAsActor,
  conflict,
  conflictOnUnique,
  groupBy,
  keysetPage,
  keysetPagesLoader,
  requestLoader,
  validateFirst,
  requireUuid,
} from '@simpul/service-kit';
import { MppAccess, type TenancyScope } from '../access/mpp-access';
import { MallStatus } from '../malls/mall-status.enum';
import { MallService } from '../malls/mall.service';
import { REGISTRY_CLIENT, type RegistryClient } from '../registry/registry-client';
import { ServicesNotReadyError } from '../tenancy-services/services-not-ready.error';
import { TenancyServiceService } from '../tenancy-services/tenancy-service.service';
import { ONBOARDING_STEPS, stepDefinition } from './onboarding-steps';
import { agreementInForce, lockTenancyForChange, recordStep, TENANCY_COLUMNS } from './tenancy-guard';
import { ONBOARDING_PATH, pathIndex, TenancyStep } from './tenancy-step.enum';
import { AdvanceTenancyInput, InviteTenantInput, TenancyFilter } from './tenancy.input';
import { ChecklistEntry, Tenancy, TenancyStepRecord } from './tenancy.model';

/** Every checklist item of `step` must be confirmed; unknown codes are refused. */
export function confirmChecklist(step: TenancyStep, codes: readonly string[], field = 'input.checklist'): ChecklistEntry[] {
  const definition = stepDefinition(step);
  if (!definition) return [];
  const known = new Set(definition.checklist.map((item) => item.code));
  const unknown = codes.find((code) => !known.has(code));
  if (unknown !== undefined)
    throw badUserInput(
      field,
      `"${unknown}" is not on the ${step} checklist.`,
      `"${unknown}" tidak ada dalam daftar periksa tahap ${step}.`,
    );
  const missing = definition.checklist.filter((item) => !codes.includes(item.code));
  if (missing.length) {
    throw badUserInput(
      field,
      `Confirm every checklist item first: ${missing.map((item) => item.labelEn).join('; ')}.`,
      `Konfirmasi semua butir daftar periksa terlebih dahulu: ${missing.map((item) => item.label).join('; ')}.`,
    );
  }
  return definition.checklist.map((item) => ({ code: item.code, label: item.label, done: true }));
}

const INVITED_AT_KEY: KeysetKey = { sql: 't.invited_at', type: 'timestamptz' };
const TENANCY_ID_KEY: KeysetKey = { sql: 't.id', type: 'uuid' };

@Injectable()
export class TenancyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly access: MppAccess,
    private readonly malls: MallService,
    private readonly services: TenancyServiceService,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
  ) {}

  steps() {
    return ONBOARDING_STEPS;
  }

  private static scopeCondition(scope: TenancyScope, param: (value: unknown) => string): string {
    const publicFace = `(t.step = 'LIVE' AND m.status = 'ACTIVE')`;
    switch (scope.kind) {
      case 'all':
        return 'TRUE';
      case 'mall':
        return `(t.mall_id = ${param(scope.mallId)} OR ${publicFace})`;
      case 'agency':
        return scope.agencyId ? `(t.agency_id = ${param(scope.agencyId)} OR ${publicFace})` : publicFace;
      default:
        return publicFace;
    }
  }

  /** Tenancies the caller may see: its own in full, everyone's live tenants in active malls. */
  async list(
    context: SubgraphContext,
    filter: TenancyFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Tenancy>> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [TenancyService.scopeCondition(await this.access.tenancyScope(context), param)];
    if (filter?.mallId) where.push(`t.mall_id = ${param(requireUuid(filter.mallId, 'filter.mallId'))}`);
    if (filter?.agencyId) where.push(`t.agency_id = ${param(requireUuid(filter.agencyId, 'filter.agencyId'))}`);
    if (filter?.step) where.push(`t.step = ${param(filter.step)}`);
    return keysetPage<Tenancy>(this.dataSource, {
      columns: TENANCY_COLUMNS,
      from: 'mpp.tenancies t JOIN mpp.malls m ON m.id = t.mall_id',
      where: where.join(' AND '),
      params,
      keys: [{ sql: 'm.name', type: 'text' }, INVITED_AT_KEY, TENANCY_ID_KEY],
      direction: 'ASC',
      first: validateFirst(first),
      after,
    });
  }

  /**
   * `Mall.tenancies(step, first, after)` for every mall of the request in two statements, with the
   * same visibility as `tenancies`: the caller's own tenancies in full, other malls' LIVE tenants.
   */
  async mallTenancies(
    context: SubgraphContext,
    step: TenancyStep | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const scope = await this.access.tenancyScope(context);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [TenancyService.scopeCondition(scope, param)];
    if (step) where.push(`t.step = ${param(step)}`);
    return keysetPagesLoader<Tenancy>(
      context,
      this.dataSource,
      `mpp:mall-tenancies:${step ?? ''}`,
      { first, after },
      {
        columns: TENANCY_COLUMNS,
        from: 'mpp.tenancies t JOIN mpp.malls m ON m.id = t.mall_id',
        where: where.join(' AND '),
        params,
        keys: [INVITED_AT_KEY, TENANCY_ID_KEY],
        direction: 'ASC',
        parent: 't.mall_id',
      },
    );
  }

  async find(context: SubgraphContext, id: string): Promise<Tenancy | null> {
    const tenancy = await this.loader(context).load(id);
    if (!tenancy) return null;
    return (await this.isVisible(context, tenancy)) ? tenancy : null;
  }

  async isVisible(context: SubgraphContext, tenancy: Tenancy): Promise<boolean> {
    if (await this.access.canReadTenancy(context, tenancy)) return true;
    const mall = await this.malls.loader(context).load(tenancy.mallId);
    return tenancy.step === TenancyStep.LIVE && mall?.status === MallStatus.ACTIVE;
  }

  loader(context: SubgraphContext) {
    return requestLoader<Tenancy | null>(
      context,
      'mpp:tenancy',
      async (ids) => {
        const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
        const rows: Tenancy[] = valid.length
          ? await this.dataSource.query(`SELECT ${TENANCY_COLUMNS} FROM mpp.tenancies t WHERE t.id = ANY($1::uuid[])`, [valid])
          : [];
        return new Map(rows.map((row) => [row.id, row]));
      },
      null,
    );
  }

  byMallLoader(context: SubgraphContext) {
    return requestLoader<Tenancy[]>(
      context,
      'mpp:tenancies-by-mall',
      async (ids) => {
        const rows: Tenancy[] = await this.dataSource.query(
          `SELECT ${TENANCY_COLUMNS} FROM mpp.tenancies t WHERE t.mall_id = ANY($1::uuid[]) ORDER BY t.invited_at, t.id`,
          [ids],
        );
        return groupBy(rows, (row) => row.mallId);
      },
      [],
    );
  }

  /** `Tenancy.history(first, after)` for every tenancy of the request, two statements per page. */
  historyPages(context: SubgraphContext, first: number | null | undefined, after: string | null | undefined) {
    return keysetPagesLoader<TenancyStepRecord>(
      context,
      this.dataSource,
      'mpp:tenancy-history-pages',
      { first, after },
      {
        columns: `h.id, h.tenancy_id AS "tenancyId", h.step, h.checklist, h.note, h.completed_by AS "completedBy", h.completed_by_name AS "completedByName", h.completed_at AS "completedAt"`,
        from: 'mpp.tenancy_steps h',
        where: 'TRUE',
        params: [],
        keys: [
          { sql: 'h.completed_at', type: 'timestamptz' },
          { sql: 'h.seq', type: 'bigint' },
          { sql: 'h.id', type: 'uuid' },
        ],
        direction: 'ASC',
        parent: 'h.tenancy_id',
      },
    );
  }

  historyLoader(context: SubgraphContext) {
    return requestLoader<TenancyStepRecord[]>(
      context,
      'mpp:tenancy-history',
      async (ids) => {
        const rows: TenancyStepRecord[] = await this.dataSource.query(
          `SELECT id, tenancy_id AS "tenancyId", step, checklist, note, completed_by AS "completedBy", completed_by_name AS "completedByName", completed_at AS "completedAt"
         FROM mpp.tenancy_steps WHERE tenancy_id = ANY($1::uuid[]) ORDER BY completed_at, seq`,
          [ids],
        );
        return groupBy(rows, (row) => row.tenancyId);
      },
      [],
    );
  }

  /** Starts a tenancy at INVITED for a registry agency that has no open tenancy in this mall. */
  async invite(context: SubgraphContext, input: InviteTenantInput): Promise<Tenancy> {
    const mall = await this.malls.requireManaged(context.caller, input.mallId, 'input.mallId');
    if (mall.status === MallStatus.CLOSED)
      throw conflict('A closed mall takes no new tenants.', 'MPP yang ditutup tidak menerima tenant baru.', 'input.mallId');
    const agencyId = requireUuid(input.agencyId, 'input.agencyId');
    const checklist = confirmChecklist(TenancyStep.INVITED, input.checklist);
    const known = await this.registry.existingAgencies([agencyId], context);
    if (!known.has(agencyId))
      throw notFound('The registry has no agency with this id.', 'Registri tidak memiliki instansi dengan ID ini.', 'input.agencyId');
    const id = randomUUID();
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      await conflictOnUnique(
        () =>
          manager.query(`INSERT INTO mpp.tenancies (id, mall_id, agency_id, step, invited_at) VALUES ($1, $2, $3, 'INVITED', $4)`, [
            id,
            mall.id,
            agencyId,
            this.clock.now(),
          ]),
        {
          tenancies_one_open_per_agency: {
            en: 'This agency is already a tenant of this mall.',
            id: 'Instansi ini sudah bergabung di MPP ini.',
            field: 'input.agencyId',
          },
        },
      );
      await recordStep(manager, context, this.clock.now(), id, TenancyStep.INVITED, checklist, optionalText(input.note));
    });
    return this.reload(id);
  }

  /**
   * Moves a tenancy one step along the path. The step must be the next one, its checklist fully
   * confirmed, and its data requirement met; the change and its history line commit together.
   */
  async advance(context: SubgraphContext, input: AdvanceTenancyInput): Promise<Tenancy> {
    if (input.to === TenancyStep.PAUSED || input.to === TenancyStep.LEFT) {
      throw badUserInput(
        'input.to',
        'Use pauseTenancy or leaveTenancy for PAUSED and LEFT.',
        'Gunakan pauseTenancy atau leaveTenancy untuk PAUSED dan LEFT.',
      );
    }
    const checklist = confirmChecklist(input.to, input.checklist);
    const needsServices = input.to === TenancyStep.SERVICES_READY || input.to === TenancyStep.LIVE;
    const id = await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, input.tenancyId, 'input.tenancyId');
      this.checkNextStep(tenancy, input.to);
      // The registry's answer is stored even if the step is refused, so the operator sees why.
      if (needsServices) await this.checkServicesReady(context, tenancy.id);
      await this.checkRequirement(manager, tenancy, input.to);
      if (input.to === TenancyStep.LIVE) {
        await manager.query(`UPDATE mpp.tenancy_services SET status = 'LIVE' WHERE tenancy_id = $1`, [tenancy.id]);
      }
      await manager.query(
        `UPDATE mpp.tenancies SET step = $2, live_since = CASE WHEN $2 = 'LIVE' THEN $3 ELSE live_since END, updated_at = now() WHERE id = $1`,
        [tenancy.id, input.to, this.clock.now()],
      );
      await recordStep(manager, context, this.clock.now(), tenancy.id, input.to, checklist, optionalText(input.note));
      return tenancy.id;
    });
    return this.reload(id);
  }

  private checkNextStep(tenancy: Tenancy, to: TenancyStep): void {
    if (tenancy.step === TenancyStep.PAUSED) {
      throw conflict(
        'This tenancy is paused; resume it first.',
        'Keikutsertaan ini sedang dijeda; lanjutkan terlebih dahulu.',
        'input.tenancyId',
      );
    }
    const current = pathIndex(tenancy.step);
    const target = pathIndex(to);
    if (target <= current) {
      throw conflict(`This tenancy is already at ${tenancy.step}.`, `Tenant ini sudah berada pada tahap ${tenancy.step}.`, 'input.to');
    }
    if (target > current + 1) {
      const next = ONBOARDING_PATH[current + 1];
      throw badUserInput(
        'input.to',
        `Steps cannot be skipped: complete ${next} before ${to}.`,
        `Tahap tidak boleh dilompati: selesaikan ${next} sebelum ${to}.`,
      );
    }
  }

  /**
   * Asks the registry about every service of the tenancy and stores the answer in its own
   * transaction, so a refused step still leaves the operator a record of what is missing.
   */
  private async checkServicesReady(context: SubgraphContext, tenancyId: string): Promise<void> {
    const { total, notReady } = await runAsActor(this.dataSource, context.caller, (manager) =>
      this.services.refreshReadiness(manager, context, tenancyId),
    );
    if (total === 0) {
      throw badUserInput(
        'input.tenancyId',
        'Pick at least one service from the registry first.',
        'Pilih paling sedikit satu layanan dari registri terlebih dahulu.',
      );
    }
    if (notReady.length) throw new ServicesNotReadyError(notReady, 'input.tenancyId');
  }

  private async checkRequirement(manager: EntityManager, tenancy: Tenancy, to: TenancyStep): Promise<void> {
    const today = this.clock.today();
    if (to === TenancyStep.AGREEMENT_SIGNED || to === TenancyStep.LIVE) {
      if (!(await agreementInForce(manager, tenancy.id, today))) {
        throw badUserInput(
          'input.tenancyId',
          `No agreement (PKS) is in force on ${today}; record or extend it first.`,
          `Tidak ada PKS yang berlaku pada ${today}; catat atau perpanjang PKS terlebih dahulu.`,
        );
      }
    }
    if (to === TenancyStep.DESK_ASSIGNED || to === TenancyStep.LIVE) {
      const [{ desks }]: { desks: number }[] = await manager.query(
        `SELECT count(*)::int AS desks FROM mpp.desk_assignments WHERE tenancy_id = $1 AND released_at IS NULL`,
        [tenancy.id],
      );
      if (desks === 0)
        throw badUserInput(
          'input.tenancyId',
          'Assign a desk on at least one weekday first.',
          'Tetapkan gerai pada paling sedikit satu hari terlebih dahulu.',
        );
    }
    if (to === TenancyStep.SERVICES_READY || to === TenancyStep.LIVE) {
      // Rows locked here are the rows the registry was just asked about; a service added meanwhile is re-checked.
      const [{ pending }]: { pending: number }[] = await manager.query(
        `SELECT count(*)::int AS pending FROM mpp.tenancy_services WHERE tenancy_id = $1 AND NOT delivery_ready`,
        [tenancy.id],
      );
      if (pending > 0)
        throw conflict('The services changed while checking; try again.', 'Layanan berubah saat diperiksa; coba lagi.', 'input.tenancyId');
    }
  }

  async pause(context: SubgraphContext, id: string, reason: string): Promise<Tenancy> {
    const note = reason.trim();
    if (!note) throw badUserInput('reason', 'Say why the tenancy is paused.', 'Sebutkan alasan penjedaan.');
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, id, 'id');
      if (tenancy.step === TenancyStep.PAUSED) throw conflict('This tenancy is already paused.', 'Keikutsertaan ini sudah dijeda.', 'id');
      await manager.query(`UPDATE mpp.tenancies SET step = 'PAUSED', resume_step = step, updated_at = now() WHERE id = $1`, [tenancy.id]);
      await manager.query(`UPDATE mpp.tenancy_services SET status = 'PENDING' WHERE tenancy_id = $1`, [tenancy.id]);
      await recordStep(manager, context, this.clock.now(), tenancy.id, TenancyStep.PAUSED, [], note);
    });
    return this.reload(id);
  }

  /** Back to the step it was paused at; back to LIVE only with an agreement in force. */
  async resume(context: SubgraphContext, id: string, note: string | null | undefined): Promise<Tenancy> {
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, id, 'id');
      if (tenancy.step !== TenancyStep.PAUSED || !tenancy.resumeStep)
        throw conflict('Only a paused tenancy can be resumed.', 'Hanya keikutsertaan yang dijeda yang dapat dilanjutkan.', 'id');
      if (tenancy.resumeStep === TenancyStep.LIVE) {
        const today = this.clock.today();
        if (!(await agreementInForce(manager, tenancy.id, today))) {
          throw badUserInput(
            'id',
            `No agreement (PKS) is in force on ${today}; extend it before resuming service.`,
            `Tidak ada PKS yang berlaku pada ${today}; perpanjang PKS sebelum layanan dilanjutkan.`,
          );
        }
        await manager.query(`UPDATE mpp.tenancy_services SET status = 'LIVE' WHERE tenancy_id = $1 AND delivery_ready`, [tenancy.id]);
      }
      await manager.query(`UPDATE mpp.tenancies SET step = resume_step, resume_step = NULL, updated_at = now() WHERE id = $1`, [
        tenancy.id,
      ]);
      await recordStep(
        manager,
        context,
        this.clock.now(),
        tenancy.id,
        tenancy.resumeStep,
        [],
        optionalText(note) ?? 'Dilanjutkan setelah jeda',
      );
    });
    return this.reload(id);
  }

  /** The agency leaves: its desks are released and its services stop, all in one transaction. */
  async leave(context: SubgraphContext, id: string, reason: string): Promise<Tenancy> {
    const note = reason.trim();
    if (!note) throw badUserInput('reason', 'Say why the agency leaves.', 'Sebutkan alasan instansi keluar.');
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, id, 'id');
      await manager.query(`UPDATE mpp.desk_assignments SET released_at = $2 WHERE tenancy_id = $1 AND released_at IS NULL`, [
        tenancy.id,
        this.clock.now(),
      ]);
      await manager.query(`UPDATE mpp.tenancy_services SET status = 'PENDING' WHERE tenancy_id = $1`, [tenancy.id]);
      await manager.query(`UPDATE mpp.tenancies SET step = 'LEFT', resume_step = NULL, left_at = $2, updated_at = now() WHERE id = $1`, [
        tenancy.id,
        this.clock.now(),
      ]);
      await recordStep(manager, context, this.clock.now(), tenancy.id, TenancyStep.LEFT, [], note);
    });
    return this.reload(id);
  }

  private async reload(id: string): Promise<Tenancy> {
    const [tenancy]: Tenancy[] = await this.dataSource.query(`SELECT ${TENANCY_COLUMNS} FROM mpp.tenancies t WHERE t.id = $1`, [id]);
    return tenancy;
  }
}
