import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import {
  advertisedMaxBytes,
  Clock,
  DataOrigin,
  SimpulError,
  badUserInput,
  conflictOnUnique,
  formatBytes,
  isUuid,
  keysetPage,
  rows,
  type Connection,
  type PageArgs,
  pageSize,
  type SubgraphCallScope,
} from '@simpul/service-kit';
import { AgencyDirectory, type AgencyFacts } from './agency-directory';
import { writeOmbudsmanResults } from './ombudsman-writer';
import { describeChange } from './ombudsman-change';
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, hasColumn, rowCandidate } from './ombudsman-import-columns';
import {
  checkOmbudsmanResult,
  duplicateViolation,
  wibYear,
  type CheckedResult,
  type OmbudsmanCandidate,
  type RuleViolation,
} from './ombudsman-rules';
import { OmbudsmanZone } from './ombudsman.enums';
import type { ImportFileInput } from './import-file.input';
import type {
  OmbudsmanCompliance,
  OmbudsmanDimensionScore,
  OmbudsmanImportReport,
  OmbudsmanImportRow,
  OmbudsmanProvinceSummary,
  OmbudsmanResult,
  OmbudsmanResultFilter,
  OmbudsmanResultInput,
  OmbudsmanUnitFinding,
} from './ombudsman.model';
import { OMBUDSMAN_COLUMNS, toOmbudsmanResult, zoneLabel, type OmbudsmanRow } from './ombudsman.row';
import { readTableFile, UnreadableFileError } from './read-table-file';
import { agencyRef } from '../federation/registry-refs';
import { publishedStatements } from './published-statements';
import { regionRef } from './region-ref';

/** Largest import file (decoded): a national year is a few hundred rows. From service-kit's ADVERTISED_UPLOADS (also the body limit). */
const MAX_IMPORT_BYTES = advertisedMaxBytes('evaluation', 'ombudsman-import');
const ZONES = [OmbudsmanZone.HIJAU, OmbudsmanZone.KUNING, OmbudsmanZone.MERAH];

function candidateOf(input: OmbudsmanResultInput): OmbudsmanCandidate {
  return {
    agencyId: input.agencyId,
    year: input.year,
    method: input.methodVersion,
    score: input.score ?? null,
    opinion: input.opinion ?? null,
    dimensions: (input.dimensions ?? []).map((row) => ({ dimension: row.dimension, score: row.score })),
    maladministrationRisk: input.maladministrationRisk ?? null,
    unitFindings: (input.unitFindings ?? []).map((row) => ({
      serviceUnitId: row.serviceUnitId ?? null,
      unitName: row.unitName,
      score: row.score ?? null,
      note: row.note?.trim() || null,
    })),
    origin: input.origin === DataOrigin.DEMO ? 'DEMO' : 'OFFICIAL',
    source: input.source ?? null,
  };
}

function toError(violation: RuleViolation): SimpulError {
  return new SimpulError(violation.code, { en: violation.en, id: violation.id }, violation.field);
}

/** New results under fresh ids; a clash on (agency, year, method) with a concurrent writer is the same CONFLICT as the check. */
function writeNew(manager: EntityManager, results: readonly CheckedResult[], recordedAt: Date, recordedBy: string): Promise<string[]> {
  const year = results[0]?.year ?? 0;
  return conflictOnUnique(
    () =>
      writeOmbudsmanResults(
        manager,
        results.map((result) => ({ ...result, id: randomUUID() })),
        recordedAt,
        recordedBy,
      ),
    { ombudsman_results_agency_year_method_key: duplicateViolation(year) },
  );
}

@Injectable()
export class OmbudsmanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly agencies: AgencyDirectory,
  ) {}

  /** Public: every recorded result is published by the Ombudsman; newest year first, then by name. */
  async list(filter: OmbudsmanResultFilter | null | undefined, page: PageArgs): Promise<Connection<OmbudsmanResult>> {
    const params: unknown[] = [];
    const where: string[] = ['TRUE'];
    if (filter?.regionCode) {
      params.push(filter.regionCode.trim());
      where.push(`(o.province_code = $${params.length} OR o.region_code = $${params.length})`);
    }
    if (filter?.agencyId) {
      if (!isUuid(filter.agencyId))
        return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
      params.push(filter.agencyId);
      where.push(`o.agency_id = $${params.length}`);
    }
    if (filter?.year !== null && filter?.year !== undefined) {
      params.push(filter.year);
      where.push(`o.year = $${params.length}`);
    }
    if (filter?.zone) {
      params.push(filter.zone);
      where.push(`o.zone = $${params.length}`);
    }
    const found = await keysetPage<OmbudsmanRow>(this.dataSource, {
      columns: OMBUDSMAN_COLUMNS,
      from: 'evaluation.ombudsman_results o',
      where: where.join(' AND '),
      params,
      keys: [
        { sql: '(-o.year)', type: 'int' },
        { sql: 'o.agency_name', type: 'text' },
        { sql: 'o.method', type: 'text' },
        { sql: 'o.id', type: 'uuid' },
      ],
      direction: 'ASC',
      first: pageSize(page),
      after: page.after,
    });
    return { ...found, edges: found.edges.map((edge) => ({ cursor: edge.cursor, node: toOmbudsmanResult(edge.node) })) };
  }

  async byIds(ids: readonly string[]): Promise<OmbudsmanResult[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return [];
    const found = await rows<OmbudsmanRow>(
      this.dataSource,
      `SELECT ${OMBUDSMAN_COLUMNS} FROM evaluation.ombudsman_results o WHERE o.id = ANY($1::uuid[])`,
      [valid],
    );
    return found.map(toOmbudsmanResult);
  }

  async dimensions(resultIds: readonly string[]): Promise<(OmbudsmanDimensionScore & { resultId: string })[]> {
    const found = await rows<{ resultId: string; dimension: OmbudsmanDimensionScore['dimension']; score: string; weight: string | null }>(
      this.dataSource,
      `SELECT result_id AS "resultId", dimension, score::text AS score, weight::text AS weight FROM evaluation.ombudsman_dimension_scores
       WHERE result_id = ANY($1::uuid[]) ORDER BY array_position(ARRAY['INPUT','PROSES','OUTPUT','PENGADUAN'], dimension)`,
      [resultIds],
    );
    return found.map((row) => ({
      resultId: row.resultId,
      dimension: row.dimension,
      score: Number(row.score),
      weight: row.weight === null ? null : Number(row.weight),
    }));
  }

  async unitFindings(resultIds: readonly string[]): Promise<(OmbudsmanUnitFinding & { resultId: string })[]> {
    const found = await rows<{
      resultId: string;
      serviceUnitId: string | null;
      unitName: string;
      score: string | null;
      zone: OmbudsmanZone | null;
      note: string | null;
    }>(
      this.dataSource,
      `SELECT result_id AS "resultId", service_unit_id AS "serviceUnitId", unit_name AS "unitName", score::text AS score, zone, note
       FROM evaluation.ombudsman_unit_findings WHERE result_id = ANY($1::uuid[]) ORDER BY result_id, position`,
      [resultIds],
    );
    return found.map((row) => ({
      resultId: row.resultId,
      serviceUnit: row.serviceUnitId ? { id: row.serviceUnitId } : null,
      unitName: row.unitName,
      score: row.score === null ? null : Number(row.score),
      zone: row.zone,
      note: row.note,
    }));
  }

  /** History newest first (in a year with two methods, the newer method first), the latest, and what changed. */
  async compliance(agencyId: string): Promise<OmbudsmanCompliance> {
    const history = isUuid(agencyId)
      ? (
          await rows<OmbudsmanRow>(
            this.dataSource,
            `SELECT ${OMBUDSMAN_COLUMNS} FROM evaluation.ombudsman_results o WHERE o.agency_id = $1 ORDER BY o.year DESC, o.method DESC`,
            [agencyId],
          )
        ).map(toOmbudsmanResult)
      : [];
    const latest = history[0] ?? null;
    const before = latest ? (history.find((result) => result.year < latest.year) ?? null) : null;
    return {
      agency: agencyRef(agencyId),
      history,
      latest,
      latestOfficial: history.find((result) => result.origin === DataOrigin.OFFICIAL) ?? null,
      changeSinceLastYear: latest && before ? describeChange(before, latest) : null,
    };
  }

  /** One province (or kabupaten/kota) in one year: one result per agency, counted per zone. */
  async provinceSummary(regionCode: string, year: number | null | undefined): Promise<OmbudsmanProvinceSummary> {
    const code = regionCode.trim();
    if (!/^\d{2}(\.\d{2})?$/.test(code))
      throw badUserInput(
        'regionCode',
        'The region code is a province ("63") or kabupaten/kota ("63.71") code.',
        'Kode wilayah adalah kode provinsi ("63") atau kabupaten/kota ("63.71").',
      );
    const years = (
      await rows<{ year: number }>(
        this.dataSource,
        `SELECT DISTINCT year FROM evaluation.ombudsman_results WHERE province_code = $1 OR region_code = $1 ORDER BY year DESC`,
        [code],
      )
    ).map((row) => row.year);
    const chosen = year ?? years[0] ?? null;
    const results =
      chosen === null
        ? []
        : (
            await rows<OmbudsmanRow>(
              this.dataSource,
              `SELECT * FROM (
                 SELECT DISTINCT ON (o.agency_id) ${OMBUDSMAN_COLUMNS} FROM evaluation.ombudsman_results o
                 WHERE (o.province_code = $1 OR o.region_code = $1) AND o.year = $2 ORDER BY o.agency_id, o.method DESC
               ) latest ORDER BY "agencyName", id`,
              [code, chosen],
            )
          ).map(toOmbudsmanResult);
    return {
      regionCode: code,
      region: regionRef(code),
      year: chosen,
      years,
      total: results.length,
      zoneCounts: ZONES.map((zone) => ({ zone, label: zoneLabel(zone), count: results.filter((result) => result.zone === zone).length })),
      officialCount: results.filter((result) => result.origin === DataOrigin.OFFICIAL).length,
      demoCount: results.filter((result) => result.origin !== DataOrigin.OFFICIAL).length,
      results,
      publishedStatements: publishedStatements(code, chosen).map((statement) => ({
        text: statement.text,
        source: statement.source,
        origin: DataOrigin.OFFICIAL,
      })),
    };
  }

  private async duplicates(candidates: readonly { agencyId: string; year: number; method: string }[]): Promise<Set<string>> {
    const found = await rows<{ key: string }>(
      this.dataSource,
      `SELECT agency_id::text || ':' || year || ':' || method AS key FROM evaluation.ombudsman_results
       WHERE (agency_id::text, year, method) IN (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(agency_id text, year int, method text))`,
      [
        JSON.stringify(
          candidates.filter((row) => isUuid(row.agencyId)).map((row) => ({ agency_id: row.agencyId, year: row.year, method: row.method })),
        ),
      ],
    );
    return new Set(found.map((row) => row.key));
  }

  /** National admin: one published result, checked by the same rules as an import row. */
  async record(input: OmbudsmanResultInput, caller: Identity, scope: SubgraphCallScope): Promise<OmbudsmanResult> {
    if (input.origin === DataOrigin.DERIVED)
      throw badUserInput(
        'origin',
        'An Ombudsman result is OFFICIAL (published) or DEMO; it is never derived here.',
        'Hasil Ombudsman berasal OFFICIAL (dipublikasikan) atau DEMO; tidak pernah diturunkan di sini.',
      );
    const candidate = candidateOf(input);
    const agencies = isUuid(candidate.agencyId)
      ? await this.agencies.agencies([candidate.agencyId], scope)
      : new Map<string, AgencyFacts>();
    const { result, violations } = checkOmbudsmanResult(candidate, agencies.get(candidate.agencyId), wibYear(this.clock.now()));
    if (!result) throw toError(violations[0]);
    if ((await this.duplicates([candidate])).size) throw toError(duplicateViolation(candidate.year));
    const [id] = await this.dataSource.transaction((manager) => writeNew(manager, [result], this.clock.now(), caller.userId));
    const [stored] = await this.byIds([id]);
    return stored;
  }

  /** CSV/XLSX: every row checked and reported; stored only when every row passes, in one transaction. */
  async import(file: ImportFileInput, dryRun: boolean, caller: Identity, scope: SubgraphCallScope): Promise<OmbudsmanImportReport> {
    const rejected = (field: string, en: string, id: string): OmbudsmanImportReport => ({
      accepted: false,
      dryRun,
      created: 0,
      rows: [],
      fileError: { field, message: { en, id } },
    });
    const buffer = Buffer.from(file.contentBase64, 'base64');
    if (buffer.length === 0) return rejected('file', 'The file is empty.', 'Berkas kosong.');
    if (buffer.length > MAX_IMPORT_BYTES)
      return rejected(
        'file',
        `The file is larger than ${formatBytes(MAX_IMPORT_BYTES)}.`,
        `Berkas lebih besar dari ${formatBytes(MAX_IMPORT_BYTES, 'id')}.`,
      );
    let table;
    try {
      table = await readTableFile(file.format, buffer);
    } catch (error) {
      if (error instanceof UnreadableFileError) return rejected('file', error.en, error.id);
      throw error;
    }
    const missing = REQUIRED_COLUMNS.filter((column) => !hasColumn(table.headers, column));
    if (missing.length) {
      const names = missing.map((column) => IMPORT_COLUMNS[column][0]).join(', ');
      return rejected('file', `Required columns are missing: ${names}.`, `Kolom wajib tidak ada: ${names}.`);
    }
    if (!table.rows.length) return rejected('file', 'The file has no data rows.', 'Berkas tidak memiliki baris data.');

    const parsed = table.rows.map((row) => ({ row, ...rowCandidate(row) }));
    const candidates = parsed.flatMap((entry) => (entry.candidate ? [entry.candidate] : []));
    const agencies = await this.agencies.agencies(
      candidates.map((candidate) => candidate.agencyId).filter((id) => isUuid(id)),
      scope,
    );
    const stored = await this.duplicates(
      candidates.map((candidate) => ({ agencyId: candidate.agencyId, year: candidate.year, method: candidate.method })),
    );
    const seenInFile = new Map<string, number>();
    const currentYear = wibYear(this.clock.now());
    const checked: CheckedResult[] = [];
    const report: OmbudsmanImportRow[] = parsed.map(({ row, candidate, violations }) => {
      const all = [...violations];
      let result: CheckedResult | null = null;
      if (candidate) {
        const outcome = checkOmbudsmanResult(candidate, agencies.get(candidate.agencyId), currentYear);
        all.push(...outcome.violations);
        result = outcome.result;
        const key = `${candidate.agencyId}:${candidate.year}:${candidate.method}`;
        if (stored.has(key)) all.push(duplicateViolation(candidate.year));
        const earlier = seenInFile.get(key);
        if (earlier !== undefined)
          all.push({
            code: 'CONFLICT',
            field: 'year',
            en: `Row ${earlier} already has this agency, year and method.`,
            id: `Baris ${earlier} sudah memuat instansi, tahun dan metode ini.`,
          });
        else seenInFile.set(key, row.row);
      }
      if (result && !all.length) checked.push(result);
      return {
        row: row.row,
        agencyId: candidate?.agencyId ?? (row.cells.agency_id || row.cells.id_instansi || null),
        agencyName: candidate ? (agencies.get(candidate.agencyId)?.name ?? null) : null,
        year: candidate?.year ?? null,
        zone: result?.zone ?? null,
        ok: all.length === 0,
        errors: all.map((violation) => ({ field: violation.field, message: { en: violation.en, id: violation.id } })),
      };
    });
    const accepted = report.every((row) => row.ok);
    if (!accepted || dryRun) return { accepted, dryRun, created: 0, rows: report, fileError: null };
    const ids = await this.dataSource.transaction((manager) => writeNew(manager, checked, this.clock.now(), caller.userId));
    return { accepted: true, dryRun, created: ids.length, rows: report, fileError: null };
  }
}
