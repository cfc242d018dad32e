import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { exportRows, LOKUS_RESULT_COLUMNS, type LokusResultRow } from '@simpul/reporting';
import { computeIpp, ippCategory, marginalGains, pathToNextCategory, roundHalfUp, type AspectResult } from '@simpul/scoring';
import { ExportFormat, fileSlug, notFound, one, rows, writeExportFile, type ExportFile } from '@simpul/service-kit';
import { scoring } from '../instruments/scoring-input';
import { cohortLabel } from '../cohorts/cohort-label';
import { CycleService } from '../cycles/cycle.service';
import { descriptorOf, indicatorsOf, instrumentOf } from '../instruments/instrument-lookup';
import { LokusAccess, requireOwnUnitIfDesk } from '../access/lokus-access.service';
import type { LokusRow } from '../lokus/lokus.row';
import { LokusService } from '../lokus/lokus.service';
import type { StoredInputs } from '../results/compute-results';
import { SCHEME_LABEL } from '../results/result-label';
import { ResultsService } from '../results/results.service';
import { ResultBasis } from '../results/results.model';
import { gapSummary } from './gap-summary';
import { GapSource, type GapAnalysis, type ReportCard } from './reports.model';

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
    private readonly lokus: LokusService,
    private readonly results: ResultsService,
  ) {}

  /** Gap analysis on the unit's latest lokus the caller may see. */
  async unitGap(serviceUnitId: string, source: GapSource | null | undefined, caller: Caller): Promise<GapAnalysis | null> {
    requireOwnUnitIfDesk(caller, serviceUnitId, {
      en: "A desk sees its own unit's gap analysis only.",
      id: 'Desk hanya dapat melihat analisis kesenjangan unitnya sendiri.',
    });
    const [latest] = await this.lokus.forUnit(serviceUnitId, caller);
    // A historical lokus holding only a published IPP has no indicator levels to analyse.
    if (!latest || latest.instrumentId === null) return null;
    await this.access.requireReadable(latest, caller, {
      en: 'Gap analysis is for the unit, its evaluators and the admin.',
      id: 'Analisis kesenjangan hanya untuk unit, evaluatornya, dan admin.',
    });
    return this.gapFor(latest, source);
  }

  /**
   * pathToNextCategory over the lokus' F-02 scores (or its F-01 claims), with its F-03 answers when
   * the survey reached its minimum; indicators without a level count as 0 and are listed.
   */
  async gapFor(lokus: LokusRow, source?: GapSource | null): Promise<GapAnalysis> {
    const [scores, claims, survey, cycle] = await Promise.all([
      rows<{ code: string; level: number }>(
        this.dataSource,
        `SELECT indicator_code AS code, level FROM evaluation.f02_scores WHERE lokus_id = $1`,
        [lokus.id],
      ),
      rows<{ code: string; level: number }>(
        this.dataSource,
        `SELECT indicator_code AS code, level FROM evaluation.f01_claims WHERE lokus_id = $1`,
        [lokus.id],
      ),
      rows<{ answers: (number | null)[] }>(
        this.dataSource,
        `SELECT answers FROM evaluation.survey_responses WHERE lokus_id = $1 ORDER BY submitted_at, id`,
        [lokus.id],
      ),
      this.cycles.load(lokus.cycleId),
    ]);
    const used = source ?? (scores.length ? GapSource.SCORES : GapSource.CLAIMS);
    const levels = new Map((used === GapSource.SCORES ? scores : claims).map((row) => [row.code, row.level]));
    const instrument = instrumentOf(lokus.instrumentId);
    const indicators = indicatorsOf(instrument);
    const f02 = Object.fromEntries(indicators.map((indicator) => [indicator.code, levels.get(indicator.code) ?? 0]));
    const f03 = survey.length >= Math.max(1, lokus.minRespondents) ? survey.map((row) => row.answers) : null;
    const path = scoring(() => pathToNextCategory(instrument, { f02, f03 }));
    const gains = scoring(() => marginalGains(instrument, { f02, f03 }));
    const textOf = new Map(indicators.map((indicator) => [indicator.code, indicator.text]));
    const gap = {
      lokusId: lokus.id,
      year: cycle.year,
      source: used,
      missingIndicators: indicators.filter((indicator) => !levels.has(indicator.code)).map((indicator) => indicator.code),
      reachable: path.reachable,
      fromIndex: path.fromIndex,
      from: path.from,
      target: path.target,
      targetIndex: path.targetIndex,
      steps: path.steps.map((step) => ({
        indicatorCode: step.code,
        indicatorText: textOf.get(step.code) ?? step.code,
        from: step.from,
        to: step.to,
        gain: step.gain,
        targetDescriptor: descriptorOf(lokus.instrumentId, step.code, step.to),
      })),
      indicators: gains.map((gain) => ({
        indicatorCode: gain.code,
        indicatorText: textOf.get(gain.code) ?? gain.code,
        level: levels.get(gain.code) ?? null,
        nextLevel: gain.atMaximum ? null : gain.level + 1,
        gain: gain.gain,
        nextDescriptor: gain.atMaximum ? null : descriptorOf(lokus.instrumentId, gain.code, gain.level + 1),
      })),
      levelSteps: path.levelSteps,
      resultingIndex: path.resultingIndex,
    };
    return { ...gap, summary: gapSummary(gap) };
  }

  /**
   * Current results the caller may read, filtered by cohort exactly as cycleResults is (the file
   * holds the rows on screen), as LOKUS_RESULT_COLUMNS rows with cycle, scheme, cohort, origin and
   * source: CSV (plain or Indonesian) by toCsv, XLSX by exceljs with columns as wide as their content.
   */
  async exportResults(cycleId: string, format: ExportFormat, caller: Caller, cohort: string | null = null): Promise<ExportFile> {
    const cycle = await this.cycles.loadVisible(cycleId, caller);
    const found = await this.results.allVisible(cycleId, caller, cohort);
    const names = await rows<{ id: string; agencyName: string | null; provinceName: string | null; instrumentId: string }>(
      this.dataSource,
      `SELECT id, agency_name AS "agencyName", province_name AS "provinceName", instrument_id AS "instrumentId" FROM evaluation.lokus WHERE id = ANY($1::uuid[])`,
      [found.map((row) => row.lokusId)],
    );
    const byId = new Map(names.map((row) => [row.id, row]));
    const records: LokusResultRow[] = found.map((row) => {
      const lokus = byId.get(row.lokusId);
      const index = Number(row.index);
      return {
        cycleName: cycle.name,
        schemeLabel: SCHEME_LABEL[cycle.scheme].id,
        cohortLabel: cohortLabel(row.cohort).label,
        origin: row.origin,
        source: row.source,
        lokusId: row.lokusId,
        unitName: row.unitName,
        agencyName: lokus?.agencyName ?? '',
        provinceCode: row.provinceCode,
        provinceName: lokus?.provinceName ?? '',
        year: row.year,
        instrumentId: lokus?.instrumentId ?? '',
        index,
        evaluatorIndex: row.evaluatorIndex === null ? null : Number(row.evaluatorIndex),
        userIndex: row.userIndex === null ? null : Number(row.userIndex),
        categoryCode: ippCategory(index).code,
        categoryLabel: ippCategory(index).label,
        rank: row.rank,
        cohortSize: row.cohortSize,
      };
    });
    const table = exportRows(records, LOKUS_RESULT_COLUMNS);
    const filter = cohort ? cohortLabel(cohort) : null;
    const demoRowCount = records.filter((record) => record.origin === 'DEMO').length;
    // The file says what it holds: which cycle, which filter, how many rows and how many of them are demo.
    return writeExportFile(table, format, {
      baseName: `hasil-pekppp-${cycle.year}-${cycle.scheme.toLowerCase()}${filter ? `-${fileSlug(filter.label)}` : ''}`,
      sheetName: `PEKPPP ${cycle.year}`,
      demoRowCount,
      cohort: filter && cohort ? { code: cohort, label: filter.label, labelEn: filter.labelEn } : null,
      about: [
        { label: 'Siklus', value: cycle.name },
        { label: 'Skema', value: SCHEME_LABEL[cycle.scheme].id },
        { label: 'Kelompok pembanding', value: filter?.label ?? 'Semua kelompok' },
        { label: 'Jumlah baris', value: records.length },
        { label: 'Baris data contoh', value: demoRowCount },
      ],
    });
  }

  /** The rapor: public once published; otherwise the unit, its evaluators and the admin. */
  async reportCard(lokusId: string, caller: Caller): Promise<ReportCard> {
    const lokus = await this.access.forReading(lokusId, caller, {
      en: 'This report card is not public yet.',
      id: 'Rapor ini belum terbuka untuk publik.',
    });
    const [result] = await this.results.currentFor([lokus.id], caller);
    if (!result) throw notFound('This lokus has no result yet.', 'Lokus ini belum memiliki hasil.', 'lokusId');
    // Aspect scores come from the stored inputs through computeIpp, the same way the result was made.
    // A published aggregate has no inputs (none were published): its report card has no aspects.
    const stored = await one<{ inputs: StoredInputs | null }>(this.dataSource, `SELECT inputs FROM evaluation.results WHERE id = $1`, [
      result.id,
    ]);
    const inputs = stored?.inputs;
    const aspects: AspectResult[] = inputs
      ? scoring(() => computeIpp(instrumentOf(inputs.instrumentId), { f02: inputs.f02, f03: inputs.f03Used ? inputs.f03 : null })).aspects
      : [];
    const history = (await this.results.unitResults([lokus.serviceUnitId], caller)).map(({ serviceUnitId: _unit, ...row }) => row);
    return {
      lokus,
      result,
      aspects: aspects.map((aspect) => ({
        code: aspect.code,
        name: aspect.name,
        weight: aspect.weight,
        score: roundHalfUp(aspect.score, 2),
      })),
      history,
      // A result kept only as its published IPP has no levels behind it (nor, before 2022, an
      // instrument): nothing to analyse, so no next steps rather than steps from levels of 0.
      gap: result.basis === ResultBasis.PUBLISHED_AGGREGATE ? null : await this.gapFor(lokus, GapSource.SCORES),
    };
  }
}
