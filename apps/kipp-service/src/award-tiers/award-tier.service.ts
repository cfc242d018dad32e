import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  badUserInput,
  Clock,
  conflict,
  isUuid,
  keysetPage,
  mapConnection,
  notFound,
  one,
  requestLoader,
  rows,
  stableId,
  validateFirst,
  type Connection,
  type Queryable,
  type SubgraphContext,
} from '@simpul/service-kit';
import type { Caller } from '@simpul/contracts';
import { DEFAULT_RULES } from '../competitions/eligibility-rules';
import { CompetitionGroup } from '../competitions/group.enum';
import { SEARCH_CACHE, SearchCache } from '../catalogue/search-cache';
import { UNIT_DIRECTORY, type UnitDirectory } from '../registry/unit-directory';
import { ShortlistTier } from '../selection/shortlist.model';
import type { HistoricalAward, HistoricalAwardInput, KippAwardTier } from './award-tier.model';

/** Top 45 has been the winners' tier since 2019; before, each year named its own (docs/domain.md §9). */
export const DEFAULT_WINNER_SIZE = DEFAULT_RULES.top45Size;
export const tierName = (size: number): string => `Top ${size}`;

interface TierRow {
  year: number;
  winner_size: number;
  source: string | null;
}

interface HistoricalRow {
  id: string;
  year: number;
  award: ShortlistTier;
  winner_size: number;
  title: string;
  summary: string;
  category: string;
  group_code: CompetitionGroup;
  service_unit_id: string | null;
  source: string;
  entered_at: Date;
}

const toTier = (row: TierRow): KippAwardTier => ({
  year: row.year,
  winnerSize: row.winner_size,
  name: tierName(row.winner_size),
  source: row.source,
});

/** A year's winner size: the published tier when one is recorded, else the competition run here, else Top 45. */
const TIER_OF_YEAR = `COALESCE(t.winner_size, (c.rules->>'top45Size')::int, ${DEFAULT_WINNER_SIZE})`;

@Injectable()
export class AwardTierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(UNIT_DIRECTORY) private readonly directory: UnitDirectory,
    @Inject(SEARCH_CACHE) private readonly cache: SearchCache<unknown>,
  ) {}

  /** The winners' tier of each year asked for in one request (one statement for every innovation on a page). */
  tierLoader(context: SubgraphContext) {
    return requestLoader(
      context,
      'kipp:award-tier',
      async (years) => {
        const found = await rows<TierRow>(
          this.dataSource,
          `SELECT y.year, ${TIER_OF_YEAR} AS winner_size, t.source
             FROM unnest($1::int[]) AS y(year) LEFT JOIN kipp.award_tiers t USING (year) LEFT JOIN kipp.competitions c USING (year)`,
          [years.map(Number)],
        );
        return new Map(found.map((row) => [String(row.year), toTier(row)]));
      },
      null as KippAwardTier | null,
    );
  }

  /** Every year with a recorded tier or a competition, oldest first. */
  async list(): Promise<KippAwardTier[]> {
    const found = await rows<TierRow>(
      this.dataSource,
      `SELECT year, ${TIER_OF_YEAR} AS winner_size, t.source
         FROM (SELECT year FROM kipp.award_tiers UNION SELECT year FROM kipp.competitions) y
         LEFT JOIN kipp.award_tiers t USING (year) LEFT JOIN kipp.competitions c USING (year) ORDER BY year`,
    );
    return found.map(toTier);
  }

  /** Records (or corrects) the tier a past year's competition used, with the source that published it. */
  async setTier(caller: Caller | null, year: number, winnerSize: number, sourceText: string): Promise<KippAwardTier> {
    this.checkYear(year);
    if (!Number.isInteger(winnerSize) || winnerSize < 1 || winnerSize > 98)
      throw badUserInput(
        'winnerSize',
        'The winners’ tier is a whole number from 1 to 98.',
        'Tingkat pemenang berupa bilangan bulat 1 sampai 98.',
      );
    const source = this.checkSource(sourceText);
    if (await this.runsInSimpul(year))
      throw conflict(
        `The ${year} competition runs in Simpul: its tier is the Top 45 size in its rules.`,
        `Kompetisi ${year} dijalankan di Simpul: tingkatnya adalah ukuran Top 45 pada aturannya.`,
        'year',
      );
    const [row] = await rows<TierRow>(
      this.dataSource,
      `INSERT INTO kipp.award_tiers (year, winner_size, source, recorded_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (year) DO UPDATE SET winner_size = excluded.winner_size, source = excluded.source, recorded_by = excluded.recorded_by, recorded_at = now()
       RETURNING year, winner_size, source`,
      [year, winnerSize, source, caller?.userId ?? null],
    );
    this.cache.clear();
    return toTier(row);
  }

  /** Hand-entered awards (published outside Simpul), newest year first. */
  async listHistorical(first?: number | null, after?: string | null): Promise<Connection<HistoricalAward>> {
    const page = await keysetPage<HistoricalRow>(this.dataSource, {
      columns: `i.id, e.year, e.award, ${TIER_OF_YEAR} AS winner_size, i.title, i.summary, i.category, i.group_code, i.service_unit_id, i.source, i.entered_at`,
      from: `kipp.innovations i JOIN kipp.innovation_entries e ON e.innovation_id = i.id
             LEFT JOIN kipp.award_tiers t ON t.year = e.year LEFT JOIN kipp.competitions c ON c.year = e.year`,
      where: 'i.entered_at IS NOT NULL',
      params: [],
      keys: [
        { sql: '-e.year', type: 'int' },
        { sql: 'i.title', type: 'text' },
        { sql: 'i.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: validateFirst(first),
      after,
    });
    return mapConnection(page, toHistorical);
  }

  /** Enters a published award as a catalogue innovation (OFFICIAL, with its source). */
  async recordHistorical(context: SubgraphContext, input: HistoricalAwardInput): Promise<HistoricalAward> {
    const fields = await this.checkInput(context, input);
    const id = stableId('innovation', `entered:${input.year}:${input.serviceUnitId}:${fields.title.toLowerCase()}`);
    await this.dataSource.transaction(async (manager) => {
      const taken = await rows(manager, `SELECT 1 FROM kipp.innovations WHERE id = $1`, [id]);
      if (taken.length)
        throw conflict('This award is already entered; edit it instead.', 'Penghargaan ini sudah dimasukkan; ubah saja.', 'title');
      await manager.query(
        `INSERT INTO kipp.innovations (id, title, summary, service_unit_id, agency_id, agency_type, region_code, province_code, category, group_code,
           first_year, latest_year, award, origin, source, entered_by, entered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, 'OFFICIAL', $13, $14, now())`,
        [id, ...fields.values, context.caller?.userId ?? null],
      );
      await manager.query(`INSERT INTO kipp.innovation_entries (innovation_id, year, group_code, award) VALUES ($1, $2, $3, $4)`, [
        id,
        input.year,
        fields.group,
        input.award,
      ]);
    });
    this.cache.clear();
    return this.historical(this.dataSource, id);
  }

  /** Corrects a hand-entered award; awards published by a competition run here are changed only by that competition. */
  async updateHistorical(context: SubgraphContext, innovationId: string, input: HistoricalAwardInput): Promise<HistoricalAward> {
    const fields = await this.checkInput(context, input);
    await this.dataSource.transaction(async (manager) => {
      const found = isUuid(innovationId)
        ? await one<{ entered_at: Date | null }>(manager, `SELECT entered_at FROM kipp.innovations WHERE id = $1 FOR UPDATE`, [
            innovationId,
          ])
        : null;
      if (!found) throw notFound('No such award.', 'Penghargaan tidak ditemukan.', 'innovationId');
      if (!found.entered_at)
        throw conflict(
          'This award was published by a competition run in Simpul; it is not edited by hand.',
          'Penghargaan ini diterbitkan kompetisi yang dijalankan di Simpul; tidak diubah manual.',
          'innovationId',
        );
      await manager.query(
        `UPDATE kipp.innovations SET title = $2, summary = $3, service_unit_id = $4, agency_id = $5, agency_type = $6, region_code = $7, province_code = $8,
           category = $9, group_code = $10, first_year = $11, latest_year = $11, award = $12, source = $13 WHERE id = $1`,
        [innovationId, ...fields.values],
      );
      await manager.query(`DELETE FROM kipp.innovation_entries WHERE innovation_id = $1`, [innovationId]);
      await manager.query(`INSERT INTO kipp.innovation_entries (innovation_id, year, group_code, award) VALUES ($1, $2, $3, $4)`, [
        innovationId,
        input.year,
        fields.group,
        input.award,
      ]);
    });
    this.cache.clear();
    return this.historical(this.dataSource, innovationId);
  }

  private async historical(db: Queryable, id: string): Promise<HistoricalAward> {
    const [row] = await rows<HistoricalRow>(
      db,
      `SELECT i.id, e.year, e.award, ${TIER_OF_YEAR} AS winner_size, i.title, i.summary, i.category, i.group_code, i.service_unit_id, i.source, i.entered_at
         FROM kipp.innovations i JOIN kipp.innovation_entries e ON e.innovation_id = i.id
         LEFT JOIN kipp.award_tiers t ON t.year = e.year LEFT JOIN kipp.competitions c ON c.year = e.year WHERE i.id = $1`,
      [id],
    );
    return toHistorical(row);
  }

  /** Whether the year's competition runs in Simpul: then its tier and winners come from its own rules and decisions. */
  private async runsInSimpul(year: number): Promise<boolean> {
    const found = await rows(this.dataSource, `SELECT 1 FROM kipp.competitions WHERE year = $1 AND origin = 'OFFICIAL'`, [year]);
    return found.length > 0;
  }

  private checkYear(year: number): void {
    const thisYear = Number(this.clock.today().slice(0, 4));
    if (!Number.isInteger(year) || year < 2014 || year > thisYear)
      throw badUserInput('year', `Give a competition year from 2014 to ${thisYear}.`, `Isi tahun kompetisi 2014 sampai ${thisYear}.`);
  }

  private checkSource(text: string): string {
    const source = text.trim();
    if (source.length < 5)
      throw badUserInput(
        'source',
        'Say where the award was published (decision or news, with its date).',
        'Sebutkan sumber publikasinya (keputusan atau berita, dengan tanggal).',
      );
    return source;
  }

  /** Validates an entered award and looks its unit up in the registry; returns the columns in statement order. */
  private async checkInput(context: SubgraphContext, input: HistoricalAwardInput) {
    this.checkYear(input.year);
    const title = input.title.trim();
    if (title.length < 3) throw badUserInput('title', 'Give the innovation’s title.', 'Isi judul inovasi.');
    const category = input.category.trim();
    if (!category) throw badUserInput('category', 'Give the innovation’s category.', 'Isi kategori inovasi.');
    const source = this.checkSource(input.source);
    if (await this.runsInSimpul(input.year))
      throw conflict(
        `The ${input.year} competition runs in Simpul: its winners come from its own decisions.`,
        `Kompetisi ${input.year} dijalankan di Simpul: pemenangnya berasal dari keputusannya sendiri.`,
        'year',
      );
    const unit = isUuid(input.serviceUnitId)
      ? (await this.directory.units([input.serviceUnitId], context)).get(input.serviceUnitId)
      : undefined;
    if (!unit) throw badUserInput('serviceUnitId', 'Choose a service unit from the registry.', 'Pilih unit pelayanan dari registri.');
    const group = input.group ?? CompetitionGroup.UMUM;
    return {
      title,
      group,
      values: [
        title,
        input.summary?.trim() ?? '',
        unit.unitId,
        unit.agencyId,
        unit.agencyType,
        unit.regionCode,
        unit.provinceCode,
        category,
        group,
        input.year,
        input.award,
        source,
      ],
    };
  }
}

function toHistorical(row: HistoricalRow): HistoricalAward {
  return {
    innovationId: row.id,
    year: row.year,
    award: row.award,
    tierName: row.award === ShortlistTier.TOP45 ? tierName(row.winner_size) : tierName(DEFAULT_RULES.top99Size),
    title: row.title,
    summary: row.summary,
    category: row.category,
    group: row.group_code,
    serviceUnitId: row.service_unit_id,
    source: row.source,
    enteredAt: row.entered_at,
  };
}
