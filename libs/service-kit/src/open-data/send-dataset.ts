import type { Response } from 'express';
import { cursorBatches } from './cursor-batches';
import { OPEN_DATA_FORMATS, type OpenDataContext, type OpenDataFormat, type OpenDataset } from './dataset';
import { DownloadAborted, normaliseRow, rowWriter } from './row-writers';

/**
 * Streams one dataset as a download: rows go from the cursor through the writer to the socket a
 * batch at a time. Once the headers are out an error can only cut the download short (the client
 * sees an incomplete file, never a silently wrong one).
 */
export async function sendDataset(res: Response, dataset: OpenDataset, format: OpenDataFormat, context: OpenDataContext): Promise<void> {
  const batches = cursorBatches(context.db, dataset.sql);
  // The first batch before any header: a failing query is still a clean 500, not a cut file.
  let next = await batches.next();
  res.status(200);
  res.setHeader('content-type', OPEN_DATA_FORMATS[format].contentType);
  res.setHeader('content-disposition', `attachment; filename="${dataset.id}.${format}"`);
  res.setHeader('x-content-type-options', 'nosniff');
  // Public data: a proxy or browser may keep it a few minutes.
  res.setHeader('cache-control', 'public, max-age=300');
  const writer = rowWriter(format, res, dataset);
  try {
    await writer.start();
    while (!next.done) {
      const rows = dataset.mapBatch ? await dataset.mapBatch(next.value, context) : next.value;
      await writer.write(rows.map((row) => normaliseRow(dataset.fields, row)));
      next = await batches.next();
    }
    await writer.end();
  } catch (error) {
    // Frees the cursor's connection when the loop stopped early.
    await batches.return(undefined);
    if (!(error instanceof DownloadAborted)) console.error(`open data ${dataset.id}.${format} failed:`, (error as Error).message);
    res.destroy();
  }
}
