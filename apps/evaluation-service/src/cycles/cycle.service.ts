import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import { hasInstrument } from '@simpul/scoring';
import { jakartaTime } from './jakarta-time';
import {
  badUserInput,
  mapConnection,
  type Connection,
  one,
  rows,
  conflict,
  Clock,
  keysetPage,
  isUuid,
  pageSize,
  requireText,
  type PageArgs,
} from '@simpul/service-kit';
import { cycleNotFound } from './cycle-not-found';
import { CyclePhase, SCHEME_LABELS } from './cycle-phase.enum';
import type { CreateCycleInput, ExtendPhaseInput, StartPhaseInput } from './cycle.input';
import { EvaluationCycle, PhaseExtension, PhaseScheduleChange } from './cycle.model';
import { CYCLE_COLUMNS, CYCLE_SELECT, toCycleRow, type CycleRow, type RawCycle } from './cycle.row';
import {
  currentPhase,
  isOpen,
  openPhases,
  requireNotFrozen,
  requirePhase,
  requirePhaseStartable,
  validatePhaseWindows,
} from './phase-rules';
import { planPhaseStart } from './phase-start';

@Injectable()
export class CycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  async load(id: string): Promise<CycleRow> {
    if (!isUuid(id)) throw cycleNotFound();
    const raw = await one<RawCycle>(this.dataSource, `${CYCLE_SELECT} WHERE c.id = $1`, [id]);
    if (!raw) throw cycleNotFound();
    return toCycleRow(raw);
  }

  async loadMany(ids: readonly string[]): Promise<CycleRow[]> {
    const raws = await rows<RawCycle>(this.dataSource, `${CYCLE_SELECT} WHERE c.id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
    return raws.map(toCycleRow);
  }

  /** The public sees published cycles only; anyone signed in sees every cycle's calendar. */
  async loadVisible(id: string, caller: Caller): Promise<CycleRow> {
    const cycle = await this.load(id);
    if (!caller && !cycle.publishedAt) throw cycleNotFound();
    return cycle;
  }

  /** Newest year first; the public sees published cycles only. */
  async list(caller: Caller, year: number | null | undefined, page: PageArgs): Promise<Connection<EvaluationCycle>> {
    const found = await keysetPage<RawCycle>(this.dataSource, {
      columns: CYCLE_COLUMNS,
      from: 'evaluation.cycles c',
      where: '($1::int IS NULL OR c.year = $1) AND ($2 OR c.published_at IS NOT NULL)',
      params: [year ?? null, caller !== null],
      keys: [
        { sql: 'c.year', type: 'int' },
        { sql: 'c.created_at', type: 'timestamptz' },
        { sql: 'c.id', type: 'uuid' },
      ],
      direction: 'DESC',
      first: pageSize(page),
      after: page.after,
    });
    return mapConnection(found, (raw) => this.toModel(toCycleRow(raw)));
  }

  toModel(cycle: CycleRow): EvaluationCycle {
    const now = this.now();
    return {
      id: cycle.id,
      year: cycle.year,
      name: cycle.name,
      scheme: cycle.scheme,
      instrumentIds: cycle.instrumentIds,
      phases: cycle.phases.map((phase) => ({ ...phase, open: isOpen(phase, now) })),
      openPhases: openPhases(cycle, now),
      currentPhase: currentPhase(cycle, now),
      finalisedAt: cycle.finalisedAt,
      publishedAt: cycle.publishedAt,
      origin: cycle.origin,
      source: cycle.source,
    };
  }

  async create(input: CreateCycleInput, caller: Identity): Promise<EvaluationCycle> {
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      throw badUserInput('input.year', 'The year must be between 2000 and 2100.', 'Tahun harus antara 2000 dan 2100.');
    }
    const name = requireText(input.name, 'input.name', 'The cycle needs a name.', 'Siklus wajib diberi nama.');
    if (!input.instrumentIds.length)
      throw badUserInput('input.instrumentIds', 'Choose at least one instrument.', 'Pilih sedikitnya satu instrumen.');
    input.instrumentIds.forEach((instrumentId, i) => {
      if (!hasInstrument(instrumentId))
        throw badUserInput(
          `input.instrumentIds.${i}`,
          `Unknown instrument "${instrumentId}".`,
          `Instrumen "${instrumentId}" tidak dikenal.`,
        );
    });
    const phases = validatePhaseWindows(input.phases);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const exists = await one(manager, `SELECT 1 FROM evaluation.cycles WHERE year = $1 AND scheme = $2`, [input.year, input.scheme]);
      if (exists)
        throw conflict(
          `A ${SCHEME_LABELS[input.scheme].en} cycle for ${input.year} already exists.`,
          `Siklus ${SCHEME_LABELS[input.scheme].id} tahun ${input.year} sudah ada.`,
          'input.year',
        );
      await manager.query(
        `INSERT INTO evaluation.cycles (id, year, name, scheme, instrument_ids, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, input.year, name, input.scheme, [...new Set(input.instrumentIds)], caller.userId, this.now()],
      );
      await manager.query(
        `INSERT INTO evaluation.cycle_phases (cycle_id, phase, position, starts_at, ends_at)
         SELECT $1, phase, position, starts_at, ends_at FROM unnest($2::text[], $3::smallint[], $4::timestamptz[], $5::timestamptz[]) AS t(phase, position, starts_at, ends_at)`,
        [id, phases.map((p) => p.phase), phases.map((_, i) => i), phases.map((p) => p.startsAt), phases.map((p) => p.endsAt)],
      );
    });
    return this.toModel(await this.load(id));
  }

  async extendPhase(input: ExtendPhaseInput, caller: Identity): Promise<EvaluationCycle> {
    const cycle = await this.load(input.cycleId);
    requireNotFrozen(cycle, { en: 'Extending a phase', id: 'Perpanjangan tahap' });
    const reason = requireText(input.reason, 'input.reason', 'An extension needs a reason.', 'Perpanjangan wajib disertai alasan.');
    const phase = cycle.phases.find((row) => row.phase === input.phase);
    if (!phase) throw badUserInput('input.phase', 'This cycle has no such phase.', 'Siklus ini tidak memiliki tahap tersebut.');
    if (input.newEndsAt.getTime() <= phase.endsAt.getTime()) {
      throw badUserInput(
        'input.newEndsAt',
        `The new end must be later than the current end (${jakartaTime(phase.endsAt, 'en')}).`,
        `Batas baru harus sesudah batas sekarang (${jakartaTime(phase.endsAt, 'id')}).`,
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO evaluation.phase_extensions (id, cycle_id, phase, previous_ends_at, new_ends_at, reason, extended_by, extended_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [randomUUID(), cycle.id, phase.phase, phase.endsAt, input.newEndsAt, reason, caller.userId, this.now()],
      );
      await manager.query(`UPDATE evaluation.cycle_phases SET ends_at = $3 WHERE cycle_id = $1 AND phase = $2`, [
        cycle.id,
        phase.phase,
        input.newEndsAt,
      ]);
    });
    return this.toModel(await this.load(cycle.id));
  }

  /** Starts a phase now, ahead of its window, closing the earlier ones; the change is kept with its reason. */
  async startPhase(input: StartPhaseInput, caller: Identity): Promise<EvaluationCycle> {
    const cycle = await this.load(input.cycleId);
    requirePhaseStartable(cycle, input.phase);
    const reason = requireText(
      input.reason,
      'input.reason',
      'Starting a phase early needs a reason.',
      'Memulai tahap lebih awal wajib disertai alasan.',
    );
    const now = this.now();
    const changes = planPhaseStart(cycle.phases, input.phase, now);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO evaluation.phase_schedule_changes (id, cycle_id, phase, previous_starts_at, previous_ends_at, new_starts_at, new_ends_at, reason, changed_by, changed_at)
         SELECT gen_random_uuid(), $1, phase, prev_start, prev_end, new_start, new_end, $2, $3, $4
         FROM unnest($5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::timestamptz[]) AS t(phase, prev_start, prev_end, new_start, new_end)`,
        [
          cycle.id,
          reason,
          caller.userId,
          now,
          changes.map((c) => c.phase),
          changes.map((c) => c.previousStartsAt),
          changes.map((c) => c.previousEndsAt),
          changes.map((c) => c.newStartsAt),
          changes.map((c) => c.newEndsAt),
        ],
      );
      await manager.query(
        `UPDATE evaluation.cycle_phases p SET starts_at = t.new_start, ends_at = t.new_end
         FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[]) AS t(phase, new_start, new_end) WHERE p.cycle_id = $1 AND p.phase = t.phase`,
        [cycle.id, changes.map((c) => c.phase), changes.map((c) => c.newStartsAt), changes.map((c) => c.newEndsAt)],
      );
    });
    return this.toModel(await this.load(cycle.id));
  }

  async scheduleChanges(cycleId: string): Promise<PhaseScheduleChange[]> {
    return rows<PhaseScheduleChange>(
      this.dataSource,
      `SELECT id, phase, previous_starts_at AS "previousStartsAt", previous_ends_at AS "previousEndsAt", new_starts_at AS "newStartsAt", new_ends_at AS "newEndsAt",
              reason, changed_by AS "changedBy", changed_at AS "changedAt"
       FROM evaluation.phase_schedule_changes WHERE cycle_id = $1 ORDER BY changed_at, phase`,
      [cycleId],
    );
  }

  async extensions(cycleId: string): Promise<PhaseExtension[]> {
    return rows<PhaseExtension>(
      this.dataSource,
      `SELECT id, phase, previous_ends_at AS "previousEndsAt", new_ends_at AS "newEndsAt", reason, extended_by AS "extendedBy", extended_at AS "extendedAt"
       FROM evaluation.phase_extensions WHERE cycle_id = $1 ORDER BY extended_at, phase, new_ends_at`,
      [cycleId],
    );
  }

  /** Freezes the results: every later write is refused, corrections make new versions. */
  async finalise(cycleId: string): Promise<EvaluationCycle> {
    const cycle = await this.load(cycleId);
    requirePhase(cycle, [CyclePhase.FINALISATION], this.now(), { en: 'Finalising the results', id: 'Finalisasi hasil' });
    const counts = await one<{ lokus: number; results: number }>(
      this.dataSource,
      `SELECT (SELECT count(*)::int FROM evaluation.lokus WHERE cycle_id = $1) AS lokus, (SELECT count(*)::int FROM evaluation.results WHERE cycle_id = $1 AND current) AS results`,
      [cycleId],
    );
    if (!counts || counts.results === 0) {
      throw conflict(
        'There are no results to finalise yet: recompute the results first.',
        'Belum ada hasil untuk difinalisasi: hitung ulang hasil terlebih dahulu.',
        'cycleId',
      );
    }
    await this.dataSource.query(`UPDATE evaluation.cycles SET finalised_at = $2 WHERE id = $1 AND finalised_at IS NULL`, [
      cycleId,
      this.now(),
    ]);
    return this.toModel(await this.load(cycleId));
  }

  /** Makes finalised results readable by the public, without signing in. */
  async publish(cycleId: string): Promise<EvaluationCycle> {
    const cycle = await this.load(cycleId);
    if (cycle.publishedAt) throw conflict('These results are already published.', 'Hasil ini sudah dipublikasikan.', 'cycleId');
    if (!cycle.finalisedAt)
      throw conflict('Finalise the results before publishing them.', 'Finalisasi hasil sebelum dipublikasikan.', 'cycleId');
    const published = cycle.phases.find((phase) => phase.phase === CyclePhase.PUBLISHED);
    if (!published || !isOpen(published, this.now())) {
      // The frozen check passed above through finalisedAt; only the window is left to explain.
      requirePhase({ ...cycle, finalisedAt: null }, [CyclePhase.PUBLISHED], this.now(), {
        en: 'Publishing the results',
        id: 'Publikasi hasil',
      });
    }
    await this.dataSource.query(`UPDATE evaluation.cycles SET published_at = $2 WHERE id = $1`, [cycleId, this.now()]);
    return this.toModel(await this.load(cycleId));
  }
}
