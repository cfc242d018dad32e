import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { validateRubric, type Rubric as RubricData } from '@simpul/scoring';
import {
  badUserInput,
  notFound,
  requireRole,
  type Connection,
  type SubgraphContext,
  Clock,
  one,
  rows,
  type Queryable,
  conflict,
  conflictOnUnique,
  groupBy,
  requestLoader,
  isUuid,
  keysetPage,
  mapConnection,
  validateFirst,
} from '@simpul/service-kit';
import { recordDecisions, requireReason } from '../common/decision-log';
import { Competition, StageWindow } from './competition.model';
import type { CreateCompetitionInput, SetStageRubricInput } from './competition.input';
import { DEFAULT_RULES, type CompetitionRulesData } from './eligibility-rules';
import { CompetitionGroup } from './group.enum';
import { defaultRubrics, toRubricModel } from './rubric.model';
import { dayInWords, STAGE_NAMES } from './stage-names';
import { SCORED_STAGES, Stage, STAGE_ORDER } from './stage.enum';

interface CompetitionRow {
  id: string;
  year: number;
  title: string;
  groups: CompetitionGroup[];
  categories: string[];
  rules: CompetitionRulesData;
}

export interface StageRow {
  competition_id: string;
  stage: Stage;
  opens_on: string;
  closes_on: string;
  rubrics: Partial<Record<CompetitionGroup, RubricData>> | null;
  decided_at: Date | null;
  decided_by: string | null;
  decision_reason: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A percent weight as exact text: a decimal ("25", "12.5") or a fraction of whole numbers ("100/6"). */
const WEIGHT = /^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/;

export function toCompetition(row: CompetitionRow): Competition {
  return { id: row.id, year: row.year, title: row.title, groups: row.groups, categories: row.categories, rules: row.rules };
}

function toStageWindow(row: StageRow): StageWindow {
  return {
    competitionId: row.competition_id,
    stage: row.stage,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decisionReason: row.decision_reason,
    rubrics: Object.values(row.rubrics ?? {}).map((rubric) => toRubricModel(rubric)),
  };
}

@Injectable()
export class CompetitionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(first?: number | null, after?: string | null): Promise<Connection<Competition>> {
    const page = await keysetPage<CompetitionRow>(this.dataSource, {
      columns: '*',
      from: 'kipp.competitions',
      where: 'true',
      params: [],
      keys: [
        { sql: 'year', type: 'int' },
        { sql: 'id', type: 'uuid' },
      ],
      direction: 'DESC',
      first: validateFirst(first),
      after,
    });
    return mapConnection(page, toCompetition);
  }

  async find(id: string | null | undefined, year: number | null | undefined): Promise<Competition | null> {
    if (id !== undefined && id !== null) {
      if (!isUuid(id)) return null;
      const row = await one<CompetitionRow>(this.dataSource, `SELECT * FROM kipp.competitions WHERE id = $1`, [id]);
      return row ? toCompetition(row) : null;
    }
    if (year === undefined || year === null)
      throw badUserInput('id', 'Give a competition id or year.', 'Sebutkan id atau tahun kompetisi.');
    const row = await one<CompetitionRow>(this.dataSource, `SELECT * FROM kipp.competitions WHERE year = $1`, [year]);
    return row ? toCompetition(row) : null;
  }

  /** The competition, or NOT_FOUND on `field`. */
  async require(db: Queryable, id: string, field = 'competitionId'): Promise<CompetitionRow> {
    const row = isUuid(id) ? await one<CompetitionRow>(db, `SELECT * FROM kipp.competitions WHERE id = $1`, [id]) : null;
    if (!row) throw notFound('No such competition.', 'Kompetisi tidak ditemukan.', field);
    return row;
  }

  loader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:competition',
      async (ids) => {
        const found = await rows<CompetitionRow>(this.dataSource, `SELECT * FROM kipp.competitions WHERE id = ANY($1::uuid[])`, [
          ids.filter(isUuid),
        ]);
        return new Map(found.map((row) => [row.id, toCompetition(row)]));
      },
      null as Competition | null,
    );
  }

  stagesLoader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:stages',
      async (ids) => {
        const found = await rows<StageRow>(
          this.dataSource,
          `SELECT * FROM kipp.competition_stages WHERE competition_id = ANY($1::uuid[]) ORDER BY position`,
          [ids],
        );
        return new Map([...groupBy(found, (row) => row.competition_id)].map(([id, list]) => [id, list.map(toStageWindow)]));
      },
      [] as StageWindow[],
    );
  }

  async stage(db: Queryable, competitionId: string, stage: Stage, lock = false): Promise<StageRow> {
    const row = await one<StageRow>(
      db,
      `SELECT * FROM kipp.competition_stages WHERE competition_id = $1 AND stage = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [competitionId, stage],
    );
    if (!row) throw notFound('No such competition stage.', 'Tahap kompetisi tidak ditemukan.', 'stage');
    return row;
  }

  /** CONFLICT once a stage is decided: its records are final. */
  requireUndecided(stage: StageRow): void {
    if (stage.decided_at) {
      const name = STAGE_NAMES[stage.stage];
      const day = stage.decided_at.toISOString().slice(0, 10);
      throw conflict(
        `${name.en} was decided on ${dayInWords(day, 'en')} and can no longer change.`,
        `Tahap ${name.id} sudah diputuskan pada ${dayInWords(day, 'id')} dan tidak dapat diubah lagi.`,
        'stage',
      );
    }
  }

  /**
   * A stage's work is done only in that stage: CONFLICT, naming the stage, before it opens (its
   * calendar start, brought forward when earlier stages are closed early) or once it is decided.
   */
  requireOpen(stage: StageRow): void {
    this.requireUndecided(stage);
    const today = this.clock.today();
    if (today < stage.opens_on) {
      const name = STAGE_NAMES[stage.stage];
      throw conflict(
        `${name.en} has not started: it opens on ${dayInWords(stage.opens_on, 'en')} (or when the previous stage is closed).`,
        `Tahap ${name.id} belum dimulai: dibuka ${dayInWords(stage.opens_on, 'id')} (atau saat tahap sebelumnya ditutup).`,
        'stage',
      );
    }
  }

  /** CONFLICT outside the stage's calendar window (calendar days in Indonesia, both ends inclusive). */
  requireWithinWindow(stage: StageRow): void {
    const today = this.clock.today();
    if (today < stage.opens_on || today > stage.closes_on) {
      const name = STAGE_NAMES[stage.stage];
      throw conflict(
        `${name.en} runs ${dayInWords(stage.opens_on, 'en')} to ${dayInWords(stage.closes_on, 'en')}; today is ${dayInWords(today, 'en')}.`,
        `Tahap ${name.id} berlangsung ${dayInWords(stage.opens_on, 'id')} s.d. ${dayInWords(stage.closes_on, 'id')}; hari ini ${dayInWords(today, 'id')}.`,
        'stage',
      );
    }
  }

  /**
   * Closing a stage early re-dates the calendar after it (docs/domain.md §9: the objection window opens
   * when the Top 99 is announced): the stage ends today, the next stage opens today, and every later
   * undecided stage moves forward by the same number of days, keeping its length and the gaps
   * between stages. A stage closed on or after its scheduled end moves nothing. Returns the new
   * dates of the stages that moved.
   */
  async redateAfter(db: Queryable, competitionId: string, stage: Stage): Promise<{ stage: Stage; opensOn: string; closesOn: string }[]> {
    const today = this.clock.today();
    const position = STAGE_ORDER.indexOf(stage);
    const next = STAGE_ORDER[position + 1];
    if (!next) {
      await rows(
        db,
        `UPDATE kipp.competition_stages SET closes_on = greatest(opens_on, $3::date) WHERE competition_id = $1 AND stage = $2 AND closes_on > $3::date`,
        [competitionId, stage, today],
      );
      return [];
    }
    const following = await one<{ opens_on: string }>(
      db,
      `SELECT opens_on FROM kipp.competition_stages WHERE competition_id = $1 AND stage = $2`,
      [competitionId, next],
    );
    await rows(
      db,
      `UPDATE kipp.competition_stages SET closes_on = greatest(opens_on, $3::date) WHERE competition_id = $1 AND stage = $2 AND closes_on > $3::date`,
      [competitionId, stage, today],
    );
    if (!following || following.opens_on <= today) return [];
    return rows<{ stage: Stage; opensOn: string; closesOn: string }>(
      db,
      `UPDATE kipp.competition_stages SET opens_on = opens_on - ($3::date - $4::date), closes_on = closes_on - ($3::date - $4::date)
       WHERE competition_id = $1 AND position > $2 AND decided_at IS NULL
       RETURNING stage, opens_on AS "opensOn", closes_on AS "closesOn"`,
      [competitionId, position, following.opens_on, today],
    );
  }

  async create(caller: Caller, input: CreateCompetitionInput): Promise<Competition> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const title = input.title.trim();
    if (!title) throw badUserInput('title', 'Give the competition a title.', 'Beri judul kompetisi.');
    if (!Number.isInteger(input.year) || input.year < 2014 || input.year > 2100)
      throw badUserInput('year', 'The year must be 2014 or later.', 'Tahun harus 2014 atau sesudahnya.');
    const categories = [...new Set(input.categories.map((category) => category.trim()).filter(Boolean))];
    if (categories.length === 0) throw badUserInput('categories', 'Give at least one category.', 'Sebutkan minimal satu kategori.');
    const stages = input.stages;
    if (stages.length !== STAGE_ORDER.length || stages.some((stage, index) => stage.stage !== STAGE_ORDER[index])) {
      throw badUserInput(
        'stages',
        `Give all eight stages in order: ${STAGE_ORDER.map((stage) => STAGE_NAMES[stage].en).join(', ')}.`,
        `Isi kedelapan tahap berurutan: ${STAGE_ORDER.map((stage) => STAGE_NAMES[stage].id).join(', ')}.`,
      );
    }
    stages.forEach((stage, index) => {
      if (!DATE.test(stage.opensOn) || !DATE.test(stage.closesOn) || stage.closesOn < stage.opensOn) {
        throw badUserInput(
          `stages.${index}`,
          `The dates of “${STAGE_NAMES[stage.stage].en}” are not a valid range.`,
          `Tanggal tahap “${STAGE_NAMES[stage.stage].id}” tidak valid.`,
        );
      }
      if (index > 0 && stage.opensOn < stages[index - 1].opensOn) {
        throw badUserInput(
          `stages.${index}`,
          `The stage “${STAGE_NAMES[stage.stage].en}” cannot open before the previous stage.`,
          `Tahap “${STAGE_NAMES[stage.stage].id}” tidak boleh dimulai sebelum tahap sebelumnya.`,
        );
      }
    });
    const groups = [...new Set(input.groups?.length ? input.groups : Object.values(CompetitionGroup))];
    const rules: CompetitionRulesData = {
      ...DEFAULT_RULES,
      groups: DEFAULT_RULES.groups.map((rule) => {
        const given = input.groupRules?.find((candidate) => candidate.group === rule.group);
        return given ? { group: rule.group, minAgeYears: given.minAgeYears, quotaPerAgency: given.quotaPerAgency ?? null } : rule;
      }),
      top99Size: input.top99Size ?? DEFAULT_RULES.top99Size,
      top45Size: input.top45Size ?? DEFAULT_RULES.top45Size,
      evaluatorsPerProposal: input.evaluatorsPerProposal ?? DEFAULT_RULES.evaluatorsPerProposal,
    };
    if (rules.groups.some((rule) => rule.minAgeYears < 0 || (rule.quotaPerAgency !== null && rule.quotaPerAgency < 1))) {
      throw badUserInput('groupRules', 'Ages must be 0 or more and quotas 1 or more.', 'Usia minimal 0 dan kuota minimal 1.');
    }
    if (rules.top45Size < 1 || rules.top99Size < rules.top45Size || rules.evaluatorsPerProposal < 1) {
      throw badUserInput(
        'top45Size',
        'The Top 45 must be smaller than the Top 99 shortlist.',
        'Top 45 harus lebih kecil dari daftar Top 99.',
      );
    }
    const id = randomUUID();
    const rubrics = defaultRubrics();
    await this.dataSource.transaction(async (manager) => {
      await conflictOnUnique(
        () =>
          manager.query(
            `INSERT INTO kipp.competitions (id, year, title, groups, categories, rules, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [id, input.year, title, groups, categories, JSON.stringify(rules), caller.userId],
          ),
        {
          competitions_year_key: {
            en: `There is already a ${input.year} competition.`,
            id: `Kompetisi ${input.year} sudah ada.`,
            field: 'year',
          },
        },
      );
      await manager.query(
        `INSERT INTO kipp.competition_stages (competition_id, stage, position, opens_on, closes_on, rubrics)
         SELECT $1, stage, position, opens_on, closes_on, rubrics FROM jsonb_to_recordset($2::jsonb) AS r(stage text, position int, opens_on date, closes_on date, rubrics jsonb)`,
        [
          id,
          JSON.stringify(
            stages.map((stage, position) => ({
              stage: stage.stage,
              position,
              opens_on: stage.opensOn,
              closes_on: stage.closesOn,
              rubrics: SCORED_STAGES.includes(stage.stage) ? Object.fromEntries(groups.map((group) => [group, rubrics[group]])) : null,
            })),
          ),
        ],
      );
      // The teams of the latest earlier competition carry over (appointed by the creator, recorded),
      // so a new year starts with its Tim Evaluasi and panel; the admin changes them in the portal.
      await manager.query(
        `WITH previous AS (SELECT id FROM kipp.competitions WHERE year < $2 ORDER BY year DESC LIMIT 1),
              carried AS (INSERT INTO kipp.panel_members (competition_id, user_id, panel, appointed_by)
                SELECT $1, m.user_id, m.panel, $3 FROM kipp.panel_members m WHERE m.competition_id = (SELECT id FROM previous) RETURNING user_id, panel)
         INSERT INTO kipp.appointment_events (id, role, action, user_id, display_name, agency_id, competition_id, actor_id, actor_name)
         SELECT gen_random_uuid(), c.panel, 'APPOINTED', c.user_id, e.display_name, e.agency_id, $1, $3, $4 FROM carried c JOIN kipp.evaluator_profiles e ON e.user_id = c.user_id`,
        [id, input.year, caller.userId, caller.displayName],
      );
    });
    return toCompetition(await this.require(this.dataSource, id));
  }

  async setRubric(caller: Caller, input: SetStageRubricInput): Promise<StageWindow> {
    requireRole(caller, 'NATIONAL_ADMIN');
    if (!SCORED_STAGES.includes(input.stage))
      throw badUserInput('stage', 'Only scored stages carry a rubric.', 'Hanya tahap yang dinilai yang memiliki rubrik.');
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.require(manager, input.competitionId);
      const stage = await this.stage(manager, competition.id, input.stage, true);
      this.requireUndecided(stage);
      // Everyone scored within a stage must have used the same rubric: it is fixed once the stage opens.
      if (this.clock.today() >= stage.opens_on) {
        throw conflict(
          `${STAGE_NAMES[input.stage].en} opened on ${dayInWords(stage.opens_on, 'en')}; its rubric can no longer change.`,
          `Tahap ${STAGE_NAMES[input.stage].id} sudah dimulai pada ${dayInWords(stage.opens_on, 'id')}; rubriknya tidak dapat diubah lagi.`,
          'stage',
        );
      }
      const scored = await one<{ n: number }>(
        manager,
        `SELECT count(*)::int AS n FROM kipp.scores s JOIN kipp.proposals p ON p.id = s.proposal_id
        WHERE p.competition_id = $1 AND s.stage = $2 AND p.group_code = $3`,
        [competition.id, input.stage, input.group],
      );
      if (scored?.n)
        throw conflict(
          'Scores were already given with this rubric; it can no longer change.',
          'Sudah ada nilai dengan rubrik ini; rubrik tidak dapat diubah lagi.',
          'criteria',
        );
      const rubric: RubricData = {
        id: `kipp-${competition.year}-${input.stage.toLowerCase()}-${input.group.toLowerCase()}`,
        title: input.title.trim(),
        group: input.group,
        scale: { min: 0, max: 100 },
        passingGrade: input.passingGrade ?? null,
        criteria: input.criteria.map((criterion) => ({ ...criterion })),
      };
      if (!rubric.title) throw badUserInput('title', 'Give the rubric a title.', 'Beri judul rubrik.');
      rubric.criteria.forEach((criterion, index) => {
        if (!criterion.code.trim() || !criterion.name.trim())
          throw badUserInput(`criteria.${index}`, 'Give each criterion a code and a name.', 'Isi kode dan nama setiap kriteria.');
        if (!WEIGHT.test(criterion.weight.trim()) || Number(criterion.weight.split('/')[0]) <= 0) {
          throw badUserInput(
            `criteria.${index}`,
            `The weight "${criterion.weight}" is not a positive number or fraction such as 25 or 100/6.`,
            `Bobot "${criterion.weight}" bukan angka atau pecahan positif seperti 25 atau 100/6.`,
          );
        }
      });
      const problems = rubric.criteria.length === 0 ? ['A rubric needs at least one criterion.'] : validateRubric(rubric);
      if (problems.length) throw badUserInput('criteria', problems.join(' '), `Rubrik tidak sah: ${problems.join(' ')}`);
      const updated = await one<StageRow>(
        manager,
        `UPDATE kipp.competition_stages SET rubrics = coalesce(rubrics, '{}'::jsonb) || jsonb_build_object($3::text, $4::jsonb)
        WHERE competition_id = $1 AND stage = $2 RETURNING *`,
        [competition.id, input.stage, input.group, JSON.stringify(rubric)],
      );
      return toStageWindow(updated as StageRow);
    });
  }

  /** Closes a stage for good, with the reason; stage-specific preconditions are checked by the caller. */
  async markDecided(
    db: Queryable,
    caller: NonNullable<Caller>,
    competitionId: string,
    stage: Stage,
    reason: string,
    detail: Record<string, unknown> = {},
  ): Promise<void> {
    await rows(
      db,
      `UPDATE kipp.competition_stages SET decided_at = now(), decided_by = $3, decision_reason = $4 WHERE competition_id = $1 AND stage = $2`,
      [competitionId, stage, caller.userId, reason],
    );
    const moved = await this.redateAfter(db, competitionId, stage);
    await recordDecisions(db, [
      {
        competitionId,
        kind: `STAGE_DECIDED:${stage}`,
        decidedBy: caller.userId,
        decidedByName: caller.displayName,
        reason,
        detail: { ...detail, ...(moved.length ? { moved } : {}) },
      },
    ]);
  }

  /**
   * Field verification closes only when every proposal that would enter the Top 45 (the best
   * presentation aggregates, trimmed mean with ≥ 3 scores) was visited by a panel (TPI) and a Tim
   * Evaluasi member: after it closes no visit can be recorded, and the Top 45 needs both.
   */
  private async requireFinalistsVerified(db: Queryable, competitionId: string): Promise<void> {
    const missing = await rows<{ title: string }>(
      db,
      `WITH ranked AS (
         SELECT p.id, p.title, CASE WHEN count(*) >= 3 THEN (sum(s.total) - min(s.total) - max(s.total)) / (count(*) - 2) ELSE avg(s.total) END AS value
         FROM kipp.proposals p JOIN kipp.scores s ON s.proposal_id = p.id AND s.stage = 'PRESENTATION'
         WHERE p.competition_id = $1 AND p.status = 'TOP99' GROUP BY p.id),
       finalists AS (SELECT r.* FROM ranked r, kipp.competitions c WHERE c.id = $1 ORDER BY r.value DESC LIMIT (SELECT (rules->>'top45Size')::int FROM kipp.competitions WHERE id = $1))
       SELECT f.title FROM finalists f WHERE NOT (
         EXISTS (SELECT 1 FROM kipp.field_verifications v WHERE v.proposal_id = f.id AND v.panel = 'TPI')
         AND EXISTS (SELECT 1 FROM kipp.field_verifications v WHERE v.proposal_id = f.id AND v.panel = 'TE')) ORDER BY f.title`,
      [competitionId],
    );
    if (missing.length) {
      const titles = missing.map((row) => row.title).join('; ');
      throw badUserInput(
        'stage',
        `Field verification by at least one panel and one Tim Evaluasi member is missing for: ${titles}.`,
        `Verifikasi lapangan oleh minimal satu TPI dan satu anggota Tim Evaluasi belum ada untuk: ${titles}.`,
      );
    }
  }

  /** The generic stage decision (the Top 99 and Top 45 have their own, which publish results). */
  async decide(caller: Caller, competitionId: string, stage: Stage, reasonText: string): Promise<StageWindow> {
    requireRole(caller, 'NATIONAL_ADMIN');
    const reason = requireReason(reasonText);
    if (stage === Stage.TOP99_PANEL || stage === Stage.TOP45) {
      throw badUserInput(
        'stage',
        'The Top 99 and Top 45 are decided on their own tabs, which publish the lists.',
        'Top 99 dan Top 45 diputuskan di tab masing-masing, yang menerbitkan daftarnya.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.require(manager, competitionId);
      const row = await this.stage(manager, competitionId, stage, true);
      this.requireOpen(row);
      if (stage === Stage.ADMINISTRATIVE_SELECTION) {
        const open = await one<{ n: number }>(
          manager,
          `SELECT count(*)::int AS n FROM kipp.proposals WHERE competition_id = $1 AND status = 'SUBMITTED'`,
          [competitionId],
        );
        if (open?.n)
          throw conflict(
            `${open.n} submitted proposals have no administrative check yet.`,
            `${open.n} proposal terkirim belum diperiksa administrasinya.`,
            'stage',
          );
      }
      if (stage === Stage.OBJECTION_WINDOW) {
        const open = await one<{ n: number }>(
          manager,
          `SELECT count(*)::int AS n FROM kipp.objections o JOIN kipp.proposals p ON p.id = o.proposal_id
          WHERE p.competition_id = $1 AND o.decided_at IS NULL`,
          [competitionId],
        );
        if (open?.n) throw conflict(`${open.n} objections are still undecided.`, `${open.n} sanggahan belum diputuskan.`, 'stage');
      }
      if (stage === Stage.FIELD_VERIFICATION) await this.requireFinalistsVerified(manager, competitionId);
      await this.markDecided(manager, caller, competitionId, stage, reason);
      return toStageWindow(await this.stage(manager, competitionId, stage));
    });
  }
}
