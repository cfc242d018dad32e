import { randomUUID } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { INTERNAL_TOKEN_HEADER, issueInternalToken } from '../auth/internal-token';
import type { OpenDataCatalogEntry } from './catalog';
import type { OpenDataFormat } from './dataset';

/**
 * GET on a service's /open-data/… as the public (an internal token without a caller), as the gateway
 * asks: `serviceOrigin` is the service's origin (http://host:port).
 */
export function openDataRequest(
  serviceOrigin: string,
  file: string,
  secret: string,
  init: { signal?: AbortSignal } = {},
): Promise<Response> {
  return fetch(`${serviceOrigin}/open-data/${file}`, {
    headers: { [INTERNAL_TOKEN_HEADER]: issueInternalToken(null, secret, randomUUID()) },
    signal: init.signal,
  });
}

/** A service's catalogue entries; an error for any answer but 200. */
export async function fetchOpenDataCatalog(serviceOrigin: string, secret: string, signal?: AbortSignal): Promise<OpenDataCatalogEntry[]> {
  const response = await openDataRequest(serviceOrigin, 'catalog', secret, { signal });
  if (!response.ok) throw new Error(`open data catalogue of ${serviceOrigin}: HTTP ${response.status}`);
  return ((await response.json()) as { dataset: OpenDataCatalogEntry[] }).dataset;
}

/**
 * Reads a downloaded file back into records keyed by the header row (all values as text for CSV,
 * as typed for JSON and XLSX): what a reuser of the data, and the tests, see.
 */
export async function readOpenDataFile(format: OpenDataFormat, body: Buffer): Promise<Record<string, unknown>[]> {
  if (format === 'json') return JSON.parse(body.toString('utf8')) as Record<string, unknown>[];
  if (format === 'csv') return parseCsv<Record<string, string>>(body, { columns: true });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('data');
  if (!sheet) throw new Error('The workbook has no "data" sheet.');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const records: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = row.values as unknown[];
    records.push(Object.fromEntries(header.map((key, i) => [key, values[i + 1] ?? null])));
  });
  return records;
}

export interface OpenDataDownload {
  status: number;
  contentType: string | null;
  body: Buffer;
  rows: Record<string, unknown>[];
}

/** Downloads one dataset from a service and reads it back (tests, bench). */
export async function downloadOpenData(
  serviceOrigin: string,
  id: string,
  format: OpenDataFormat,
  secret: string,
): Promise<OpenDataDownload> {
  const response = await openDataRequest(serviceOrigin, `${id}.${format}`, secret);
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
    rows: response.ok ? await readOpenDataFile(format, body) : [],
  };
}
