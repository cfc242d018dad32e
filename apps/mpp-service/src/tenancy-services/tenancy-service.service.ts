import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  badUserInput,
  notFound,
  type SubgraphContext,
  runAsActor,
  conflict,
  conflictOnUnique,
  groupBy,
  keysetPagesLoader,
  requestLoader,
  requireUuid,
} from '@simpul/service-kit';
import { REGISTRY_CLIENT, type RegistryClient, type RegistryServiceFacts } from '../registry/registry-client';
import { lockTenancyForChange } from '../tenancies/tenancy-guard';
import { TenancyStep } from '../tenancies/tenancy-step.enum';
import type { NotReadyService } from './services-not-ready.error';
import { AddTenancyServicesInput } from './tenancy-service.input';
import { TenancyService, TenancyServiceStatus } from './tenancy-service.model';

export const TENANCY_SERVICE_COLUMNS = `s.id, s.tenancy_id AS "tenancyId", s.service_id AS "serviceId", s.service_unit_id AS "serviceUnitId", s.status,
  s.daily_quota AS "dailyQuota", s.delivery_ready AS "deliveryReady", s.missing_components AS "missingComponents",
  s.unpublished_components AS "unpublishedComponents", s.checked_at AS "checkedAt", s.added_at AS "addedAt"`;

function validQuota(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 1 || value > 10_000) {
    throw badUserInput(field, 'A daily quota is a whole number from 1 to 10000.', 'Kuota harian berupa bilangan bulat 1 sampai 10000.');
  }
  return value;
}

@Injectable()
export class TenancyServiceService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REGISTRY_CLIENT) private readonly registry: RegistryClient,
  ) {}

  /** `Tenancy.services(first, after)` for every tenancy of the request; `live` is the public's view. */
  pages(context: SubgraphContext, view: 'all' | 'live', first: number | null | undefined, after: string | null | undefined) {
    return keysetPagesLoader<TenancyService>(
      context,
      this.dataSource,
      `mpp:tenancy-service-pages:${view}`,
      { first, after },
      {
        columns: TENANCY_SERVICE_COLUMNS,
        from: 'mpp.tenancy_services s',
        where: view === 'live' ? `s.status = 'LIVE'` : 'TRUE',
        params: [],
        keys: [
          { sql: 's.added_at', type: 'timestamptz' },
          { sql: 's.seq', type: 'bigint' },
          { sql: 's.id', type: 'uuid' },
        ],
        direction: 'ASC',
        parent: 's.tenancy_id',
      },
    );
  }

  byTenancyLoader(context: SubgraphContext) {
    return requestLoader<TenancyService[]>(
      context,
      'mpp:tenancy-services',
      async (ids) => {
        const rows: TenancyService[] = await this.dataSource.query(
          `SELECT ${TENANCY_SERVICE_COLUMNS} FROM mpp.tenancy_services s WHERE s.tenancy_id = ANY($1::uuid[]) ORDER BY s.added_at, s.seq`,
          [ids],
        );
        return groupBy(rows, (row) => row.tenancyId);
      },
      [],
    );
  }

  /**
   * Adds registry services to a tenancy, all or none: each id must exist in the registry and belong
   * to the tenant's agency. Ready services of a LIVE tenant go live at once; others wait.
   */
  async add(context: SubgraphContext, input: AddTenancyServicesInput): Promise<TenancyService[]> {
    requireUuid(input.tenancyId, 'input.tenancyId');
    const quota = validQuota(input.dailyQuota, 'input.dailyQuota');
    if (input.serviceIds.length === 0)
      throw badUserInput('input.serviceIds', 'Pick at least one service.', 'Pilih paling sedikit satu layanan.');
    const ids = input.serviceIds.map((id, index) => requireUuid(id, `input.serviceIds.${index}`));
    const duplicate = ids.findIndex((id, index) => ids.indexOf(id) !== index);
    if (duplicate >= 0)
      throw badUserInput(`input.serviceIds.${duplicate}`, 'This service is listed twice.', 'Layanan ini tercantum dua kali.');
    // Authorise before asking the registry, so strangers learn nothing about the tenancy.
    const tenancy = await runAsActor(this.dataSource, context.caller, (manager) =>
      lockTenancyForChange(manager, context, input.tenancyId, 'input.tenancyId'),
    );
    const facts = await this.registry.services(ids, context);
    ids.forEach((id, index) => {
      const fact = facts.get(id);
      if (!fact)
        throw notFound(
          'The registry has no active service with this id.',
          'Registri tidak memiliki layanan aktif dengan ID ini.',
          `input.serviceIds.${index}`,
        );
      if (fact.agencyId !== tenancy.agencyId) {
        throw badUserInput(
          `input.serviceIds.${index}`,
          `${fact.name} belongs to another agency; a tenant offers only its own agency's services.`,
          `${fact.name} milik instansi lain; tenant hanya membuka layanan instansinya sendiri.`,
        );
      }
    });
    const created = await runAsActor(this.dataSource, context.caller, async (manager) => {
      const locked = await lockTenancyForChange(manager, context, input.tenancyId, 'input.tenancyId');
      const rows = ids
        .map((id) => facts.get(id) as RegistryServiceFacts)
        .map((fact) => ({
          id: randomUUID(),
          fact,
          status: locked.step === TenancyStep.LIVE && fact.deliveryReady ? TenancyServiceStatus.LIVE : TenancyServiceStatus.PENDING,
        }));
      await conflictOnUnique(
        () =>
          manager.query(
            `INSERT INTO mpp.tenancy_services (id, tenancy_id, service_id, service_unit_id, status, daily_quota, delivery_ready, missing_components, unpublished_components, checked_at, added_by)
           SELECT r.id, $1, r.service_id, r.unit_id, r.status, $2, r.ready, ARRAY(SELECT jsonb_array_elements_text(r.missing)), ARRAY(SELECT jsonb_array_elements_text(r.unpublished)), now(), $3
           FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS e(value, position),
                jsonb_to_record(e.value) AS r(id uuid, service_id uuid, unit_id uuid, status text, ready boolean, missing jsonb, unpublished jsonb)
           ORDER BY e.position`,
            [
              locked.id,
              quota,
              context.caller?.userId ?? null,
              JSON.stringify(
                rows.map((row) => ({
                  id: row.id,
                  service_id: row.fact.id,
                  unit_id: row.fact.serviceUnitId,
                  status: row.status,
                  ready: row.fact.deliveryReady,
                  missing: row.fact.missing,
                  unpublished: row.fact.unpublished,
                })),
              ),
            ],
          ),
        {
          tenancy_services_tenancy_id_service_id_key: {
            en: 'This tenant already offers one of these services.',
            id: 'Tenant ini sudah membuka salah satu layanan tersebut.',
            field: 'input.serviceIds',
          },
        },
      );
      return rows.map((row) => row.id);
    });
    return this.dataSource.query(
      `SELECT ${TENANCY_SERVICE_COLUMNS} FROM mpp.tenancy_services s WHERE s.id = ANY($1::uuid[]) ORDER BY s.added_at, s.seq`,
      [created],
    );
  }

  private async lockService(manager: EntityManager, context: SubgraphContext, id: string): Promise<TenancyService> {
    requireUuid(id, 'id');
    const [row]: TenancyService[] = await manager.query(`SELECT ${TENANCY_SERVICE_COLUMNS} FROM mpp.tenancy_services s WHERE s.id = $1`, [
      id,
    ]);
    if (!row) throw notFound('No tenant service has this id.', 'Layanan tenant dengan ID ini tidak ditemukan.', 'id');
    await lockTenancyForChange(manager, context, row.tenancyId, 'id');
    return row;
  }

  async setQuota(context: SubgraphContext, id: string, dailyQuota: number | null | undefined): Promise<TenancyService> {
    const quota = validQuota(dailyQuota, 'dailyQuota');
    return runAsActor(this.dataSource, context.caller, async (manager) => {
      const row = await this.lockService(manager, context, id);
      await manager.query(`UPDATE mpp.tenancy_services SET daily_quota = $2 WHERE id = $1`, [row.id, quota]);
      return { ...row, dailyQuota: quota };
    });
  }

  async remove(context: SubgraphContext, id: string): Promise<boolean> {
    return runAsActor(this.dataSource, context.caller, async (manager) => {
      const row = await this.lockService(manager, context, id);
      const [{ live }]: { live: number }[] = await manager.query(
        `SELECT count(*)::int AS live FROM mpp.tenancy_services s JOIN mpp.tenancies t ON t.id = s.tenancy_id
         WHERE s.tenancy_id = $1 AND s.status = 'LIVE' AND t.step = 'LIVE'`,
        [row.tenancyId],
      );
      if (row.status === TenancyServiceStatus.LIVE && live <= 1) {
        throw conflict(
          'A live tenant keeps at least one live service; pause the tenancy instead.',
          'Tenant yang beroperasi harus memiliki paling sedikit satu layanan; jeda keikutsertaan sebagai gantinya.',
          'id',
        );
      }
      await manager.query(`DELETE FROM mpp.tenancy_services WHERE id = $1`, [row.id]);
      return true;
    });
  }

  /**
   * Asks the registry again about every service of the tenancy and stores the answer (the
   * dashboard's "not ready and why"). Returns the services that are not ready.
   */
  async refreshReadiness(
    manager: EntityManager,
    context: SubgraphContext,
    tenancyId: string,
  ): Promise<{ total: number; notReady: NotReadyService[] }> {
    const rows: { id: string; serviceId: string }[] = await manager.query(
      `SELECT id, service_id AS "serviceId" FROM mpp.tenancy_services WHERE tenancy_id = $1 ORDER BY added_at, seq`,
      [tenancyId],
    );
    const facts = await this.registry.services(
      rows.map((row) => row.serviceId),
      context,
    );
    const notReady: NotReadyService[] = [];
    for (const row of rows) {
      const fact = facts.get(row.serviceId);
      // A service the registry no longer lists (archived) cannot be served: treat it as not ready.
      const ready = Boolean(fact?.deliveryReady);
      if (!ready)
        notReady.push({
          serviceId: row.serviceId,
          name: fact?.name ?? row.serviceId,
          missing: fact?.missing ?? [],
          unpublished: fact?.unpublished ?? [],
        });
      await manager.query(
        `UPDATE mpp.tenancy_services SET delivery_ready = $2, missing_components = $3, unpublished_components = $4, checked_at = now(),
           status = CASE WHEN $2 THEN status ELSE 'PENDING' END WHERE id = $1`,
        [row.id, ready, fact?.missing ?? [], fact?.unpublished ?? []],
      );
    }
    return { total: rows.length, notReady };
  }

  /** Re-checks readiness with the registry; ready services of a LIVE tenant go live. */
  async refresh(context: SubgraphContext, tenancyId: string): Promise<TenancyService[]> {
    await runAsActor(this.dataSource, context.caller, async (manager) => {
      const tenancy = await lockTenancyForChange(manager, context, tenancyId);
      await this.refreshReadiness(manager, context, tenancy.id);
      if (tenancy.step === TenancyStep.LIVE) {
        await manager.query(`UPDATE mpp.tenancy_services SET status = 'LIVE' WHERE tenancy_id = $1 AND delivery_ready`, [tenancy.id]);
      }
    });
    return this.dataSource.query(
      `SELECT ${TENANCY_SERVICE_COLUMNS} FROM mpp.tenancy_services s WHERE s.tenancy_id = $1 ORDER BY s.added_at, s.seq`,
      [tenancyId],
    );
  }
}
