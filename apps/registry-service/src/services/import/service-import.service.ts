import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { advertisedMaxBytes, badUserInput, formatBytes, runAsActor } from '@simpul/service-kit';
import { Service } from '../service.entity';
import { ServiceService } from '../service.service';
import { completenessOf } from '../standard/completeness';
import { STANDARD_COMPONENTS, type StandardComponent, type StoredStandard } from '../standard/standard-component';
import { ImportFormat, type ImportFieldError, type ImportRowResult, type ServiceImportReport } from './import.types';
import { readImportFile, UnreadableFileError, type RawRow, type RawTable } from './read-import-file';

/** From service-kit's ADVERTISED_UPLOADS, which also sets the registry's JSON body limit. */
const MAX_BYTES = advertisedMaxBytes('registry', 'import');
const MAX_ROWS = 2000;
const MAX_CONTENT = 20000;
const KNOWN_COLUMNS = new Set(['name', 'description', 'published', ...STANDARD_COMPONENTS.map((definition) => definition.column)]);
const DELIVERY_BY_TOKEN = new Map<string, StandardComponent>(
  STANDARD_COMPONENTS.filter((definition) => definition.delivery).flatMap((definition) => [
    [definition.column, definition.component],
    [definition.component.toLowerCase(), definition.component],
  ]),
);

interface ParsedRow {
  row: number;
  name: string;
  description: string | null | undefined;
  /** Only the components whose column is in the file. */
  standard: StoredStandard;
}

function fieldError(field: string, en: string, id: string): ImportFieldError {
  return { field, message: id, messageEn: en };
}

/** Checks one row; returns its errors (empty when clean) and the parsed values. */
function parseRow(raw: RawRow, headers: Set<string>, seenNames: Map<string, number>): { errors: ImportFieldError[]; parsed: ParsedRow } {
  const errors: ImportFieldError[] = [];
  const name = (raw.cells.name ?? '').replace(/\s+/g, ' ').trim();
  if (!name) errors.push(fieldError('name', 'The name must not be empty.', 'Nama layanan wajib diisi.'));
  else if (name.length > 200)
    errors.push(fieldError('name', 'The name must be at most 200 characters.', 'Nama paling banyak 200 karakter.'));
  else if (seenNames.has(name.toLowerCase())) {
    const first = seenNames.get(name.toLowerCase());
    errors.push(fieldError('name', `The same name is already on row ${first}.`, `Nama yang sama sudah ada di baris ${first}.`));
  } else seenNames.set(name.toLowerCase(), raw.row);

  const standard: StoredStandard = {};
  for (const definition of STANDARD_COMPONENTS) {
    if (!headers.has(definition.column)) continue;
    const content = raw.cells[definition.column] || null;
    if (content && content.length > MAX_CONTENT) {
      errors.push(fieldError(definition.column, `At most ${MAX_CONTENT} characters.`, `Paling banyak ${MAX_CONTENT} karakter.`));
    }
    standard[definition.component] = { content, published: false };
  }

  const publishedText = (raw.cells.published ?? '').trim().toLowerCase();
  if (publishedText) {
    const tokens = publishedText
      .split(/[,;]/)
      .map((token) => token.trim().replace(/[\s-]+/g, '_'))
      .filter(Boolean);
    const components = new Set<StandardComponent>();
    for (const token of tokens) {
      if (token === 'all' || token === 'semua') {
        for (const component of DELIVERY_BY_TOKEN.values()) if (standard[component]?.content) components.add(component);
        continue;
      }
      const component = DELIVERY_BY_TOKEN.get(token);
      if (!component) {
        errors.push(
          fieldError(
            'published',
            `"${token}" is not a service-delivery component (use e.g. requirements; fee or "all").`,
            `"${token}" bukan komponen penyampaian pelayanan (mis. requirements; fee atau "all").`,
          ),
        );
      } else if (!standard[component]?.content) {
        errors.push(
          fieldError(
            'published',
            `${token} is marked published but has no content.`,
            `${token} ditandai dipublikasikan tetapi belum diisi.`,
          ),
        );
      } else components.add(component);
    }
    for (const component of components) standard[component] = { content: standard[component]?.content ?? null, published: true };
  }
  const description = headers.has('description') ? raw.cells.description || null : undefined;
  return { errors, parsed: { row: raw.row, name, description, standard } };
}

/**
 * Bulk import of services into one unit from CSV or XLSX. Policy: a file with any bad row is
 * rejected whole (nothing written) with a report of every row; a clean file is written in one
 * transaction. A row whose name matches an existing service of the unit updates it (re-importing
 * the same file changes nothing), otherwise it creates one.
 */
@Injectable()
export class ServiceImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: ServiceService,
  ) {}

  async import(serviceUnitId: string, format: ImportFormat, contentBase64: string, caller: Caller): Promise<ServiceImportReport> {
    const unit = await this.services.editableUnit(serviceUnitId, caller, 'serviceUnitId');
    const buffer = Buffer.from(contentBase64, 'base64');
    if (buffer.length === 0) throw badUserInput('contentBase64', 'The file is empty.', 'Berkas kosong.');
    if (buffer.length > MAX_BYTES)
      throw badUserInput(
        'contentBase64',
        `The file is larger than ${formatBytes(MAX_BYTES)}.`,
        `Berkas lebih besar dari ${formatBytes(MAX_BYTES, 'id')}.`,
      );

    let rawTable: RawTable;
    try {
      rawTable = await readImportFile(format, buffer);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      return rejected([{ row: error.row, name: null, ok: false, errors: [fieldError('file', error.en, error.id)] }]);
    }
    const headerErrors = checkHeaders(rawTable);
    if (headerErrors.length) return rejected([{ row: 1, name: null, ok: false, errors: headerErrors }]);

    const headers = new Set(rawTable.headers);
    const seenNames = new Map<string, number>();
    const results = rawTable.rows.map((raw) => ({ raw, ...parseRow(raw, headers, seenNames) }));
    const rows: ImportRowResult[] = results.map(({ raw, errors, parsed }) => ({
      row: raw.row,
      name: parsed.name || null,
      ok: errors.length === 0,
      errors,
    }));
    if (rows.some((row) => !row.ok)) return rejected(rows);

    const { created, updated } = await this.write(
      unit.id,
      results.map((result) => result.parsed),
      caller,
    );
    return { accepted: true, created, updated, rows };
  }

  private write(unitId: string, rows: ParsedRow[], caller: Caller): Promise<{ created: number; updated: number }> {
    return runAsActor(this.dataSource, caller, async (manager) => {
      const repository = manager.getRepository(Service);
      // Serialises concurrent imports into the same unit, so two never both create a name.
      await manager.query('SELECT id FROM registry.service_units WHERE id = $1 FOR UPDATE', [unitId]);
      const existing = await repository.createQueryBuilder('service').where('service.service_unit_id = :unitId', { unitId }).getMany();
      const byName = new Map(existing.map((service) => [service.name.toLowerCase(), service]));
      const inserts: Service[] = [];
      let updated = 0;
      const now = new Date();
      for (const row of rows) {
        const current = byName.get(row.name.toLowerCase());
        if (current) {
          current.standard = { ...current.standard, ...row.standard };
          if (row.description !== undefined) current.description = row.description;
          current.complete = completenessOf(current.standard).complete;
          current.updatedAt = now;
          await repository.save(current);
          updated += 1;
        } else {
          inserts.push(
            repository.create({
              id: randomUUID(),
              serviceUnitId: unitId,
              name: row.name,
              description: row.description ?? null,
              standard: row.standard,
              complete: completenessOf(row.standard).complete,
              archivedAt: null,
            }),
          );
        }
      }
      if (inserts.length) await repository.insert(inserts);
      return { created: inserts.length, updated };
    });
  }
}

function checkHeaders(rawTable: RawTable): ImportFieldError[] {
  const errors: ImportFieldError[] = [];
  if (!rawTable.headers.includes('name'))
    errors.push(fieldError('name', 'The file needs a "name" column.', 'Berkas memerlukan kolom "name".'));
  for (const header of rawTable.headers) {
    if (header && !KNOWN_COLUMNS.has(header))
      errors.push(fieldError(header, `Unknown column "${header}".`, `Kolom "${header}" tidak dikenal.`));
  }
  if (!errors.length && rawTable.rows.length === 0)
    errors.push(fieldError('file', 'The file has no rows.', 'Berkas tidak berisi baris data.'));
  if (rawTable.rows.length > MAX_ROWS)
    errors.push(fieldError('file', `At most ${MAX_ROWS} rows per file.`, `Paling banyak ${MAX_ROWS} baris per berkas.`));
  return errors;
}

function rejected(rows: ImportRowResult[]): ServiceImportReport {
  return { accepted: false, created: 0, updated: 0, rows };
}
