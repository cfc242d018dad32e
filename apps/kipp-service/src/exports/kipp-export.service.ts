import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exportRows, rankCohort } from '@simpul/reporting';
import {
  badUserInput,
  one,
  requireSignedIn,
  rows,
  writeExportFile,
  type ExportFile,
  type ExportFormat,
  type SubgraphContext,
} from '@simpul/service-kit';
import { KippAccess } from '../access/kipp-access';
import { CatalogueService } from '../catalogue/catalogue.service';
import type { InnovationFilter } from '../catalogue/innovation.model';
import { CompetitionService } from '../competitions/competition.service';
import { SCORED_STAGES, Stage } from '../competitions/stage.enum';
import {
  INNOVATION_COLUMNS,
  PROPOSAL_COLUMNS,
  type InnovationExportRow,
  type ProposalExportRow,
  type StageScore,
} from './kipp-export-columns';

// The whole public catalogue is a few tens of thousands of rows; past this the open-data download
// (streamed) is the way, not a base64 file in a GraphQL answer.
export const MAX_INNOVATION_ROWS = 30_000;

/**
 * KIPP's lists as files. Proposals with their scores per scored stage: for those who may see the
 * stage rankings (the national admin, the competition's independent panel). The innovation
 * catalogue: for everyone, exactly the rows `innovations(filter)` pages through.
 */
@Injectable()
export class KippExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: KippAccess,
    private readonly competitions: CompetitionService,
    private readonly catalogue: CatalogueService,
  ) {}

  async proposals(context: SubgraphContext, competitionId: string, format: ExportFormat): Promise<ExportFile> {
    requireSignedIn(context.caller);
    const competition = await this.competitions.require(this.dataSource, competitionId);
    if (context.caller.role !== 'NATIONAL_ADMIN') await this.access.requireEvaluator(context, competition.id, 'TPI');
    const origin =
      (await one<{ origin: string }>(this.dataSource, `SELECT origin FROM kipp.competitions WHERE id = $1`, [competition.id]))?.origin ??
      'OFFICIAL';
    const found = await rows<{
      id: string;
      title: string;
      group_code: string;
      category: string;
      agency_type: string;
      region_code: string;
      status: string;
      submitted_at: Date | null;
    }>(
      this.dataSource,
      // Drafts are the unit's own work in progress, not part of the competition yet.
      `SELECT id, title, group_code, category, agency_type, region_code, status, submitted_at FROM kipp.proposals
       WHERE competition_id = $1 AND status <> 'DRAFT' ORDER BY submitted_at NULLS LAST, id`,
      [competition.id],
    );
    const byStage = new Map<Stage, Map<string, StageScore>>();
    for (const stage of SCORED_STAGES) byStage.set(stage, await this.stageScores(competition.id, stage));
    const records: ProposalExportRow[] = found.map((row) => ({
      id: row.id,
      title: row.title,
      group: row.group_code,
      category: row.category,
      agencyType: row.agency_type,
      regionCode: row.region_code,
      status: row.status,
      submittedAt: row.submitted_at,
      desk: byStage.get(Stage.DESK_ASSESSMENT)?.get(row.id) ?? null,
      presentation: byStage.get(Stage.PRESENTATION)?.get(row.id) ?? null,
      origin: origin,
    }));
    const table = exportRows(records, PROPOSAL_COLUMNS);
    return writeExportFile(table, format, {
      baseName: `kipp-${competition.year}-proposal-dan-nilai`,
      sheetName: `Proposal KIPP ${competition.year}`,
      demoRowCount: origin === 'DEMO' ? records.length : 0,
      about: [
        { label: 'Kompetisi', value: competition.title },
        { label: 'Jumlah proposal', value: records.length },
        {
          label: 'Nilai',
          value: 'Rata-rata terpangkas total nilai penilai (rata-rata biasa bila kurang dari tiga penilai); peringkat kompetisi "1224"',
        },
        { label: 'Asal data', value: origin === 'DEMO' ? 'contoh (bukan angka resmi)' : 'resmi' },
      ],
    });
  }

  /** The stage's aggregate per proposal (trimmed mean from three evaluators, as the ranking) and its place. */
  private async stageScores(competitionId: string, stage: Stage): Promise<Map<string, StageScore>> {
    const found = await rows<{ id: string; n: number; mean: string; trimmed: string | null }>(
      this.dataSource,
      `SELECT p.id, count(*)::int AS n, round(avg(s.total), 2)::text AS mean,
              CASE WHEN count(*) >= 3 THEN round((sum(s.total) - min(s.total) - max(s.total)) / (count(*) - 2), 2)::text END AS trimmed
       FROM kipp.proposals p JOIN kipp.scores s ON s.proposal_id = p.id AND s.stage = $2
       WHERE p.competition_id = $1 GROUP BY p.id`,
      [competitionId, stage],
    );
    const cohort = found.map((row) => ({ id: row.id, evaluators: row.n, value: Number(row.trimmed ?? row.mean) }));
    const ranked = rankCohort(cohort, { key: (row) => row.id, value: (row) => row.value });
    return new Map(
      ranked.map((entry) => [entry.row.id, { value: entry.row.value, evaluators: entry.row.evaluators, rank: entry.rank, of: entry.of }]),
    );
  }

  async innovations(filter: InnovationFilter | null | undefined, format: ExportFormat): Promise<ExportFile> {
    const innovations = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.catalogue.searchUncached(filter, 100, after);
      if (page.totalCount > MAX_INNOVATION_ROWS)
        throw badUserInput(
          'filter',
          `The list has ${page.totalCount} innovations; narrow it to at most ${MAX_INNOVATION_ROWS} or download the open dataset.`,
          `Daftar berisi ${page.totalCount} inovasi; persempit hingga paling banyak ${MAX_INNOVATION_ROWS} atau unduh data terbuka.`,
        );
      innovations.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    const origins = await rows<{ id: string; origin: string; source: string | null }>(
      this.dataSource,
      `SELECT id, origin, source FROM kipp.innovations WHERE id = ANY($1::uuid[])`,
      [innovations.map((innovation) => innovation.id)],
    );
    const originOf = new Map(origins.map((row) => [row.id, row]));
    const records: InnovationExportRow[] = innovations.map((innovation) => ({
      ...innovation,
      origin: originOf.get(innovation.id)?.origin ?? 'OFFICIAL',
      source: originOf.get(innovation.id)?.source ?? null,
    }));
    const table = exportRows(records, INNOVATION_COLUMNS);
    const described = [
      filter?.search ? `kata kunci "${filter.search}"` : null,
      filter?.year ? `tahun ${filter.year}` : null,
      filter?.category ? `kategori ${filter.category}` : null,
      filter?.regionCode ? `wilayah ${filter.regionCode}` : null,
      filter?.agencyType ? `jenis instansi ${filter.agencyType}` : null,
      filter?.award ? `penghargaan ${filter.award}` : null,
    ].filter((part): part is string => part !== null);
    return writeExportFile(table, format, {
      baseName: `katalog-inovasi${filter?.year ? `-${filter.year}` : ''}`,
      sheetName: 'Katalog inovasi',
      demoRowCount: records.filter((record) => record.origin === 'DEMO').length,
      about: [
        { label: 'Saringan', value: described.length ? described.join(', ') : 'Semua inovasi di katalog' },
        { label: 'Jumlah baris', value: records.length },
      ],
    });
  }
}
