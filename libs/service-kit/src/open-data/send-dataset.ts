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
  res.status(200);
  res.setHeader('content-type', OPEN_DATA_FORMATS[format].contentType);
  res.setHeader('content-disposition', `attachment; filename="${dataset.id}.${format}"`);
  res.setHeader('x-content-type-options', 'nosniff');
  // Public data: a proxy or browser may keep it a few minutes.
  res.setHeader('cache-control', 'public, max-age=300');
  const writer = rowWriter(format, res, dataset);
  try {
    await writer.start();
    for await (const batch of cursorBatches(context.db, dataset.sql)) {
      const rows = dataset.mapBatch ? await dataset.mapBatch(batch, context) : batch;
      await writer.write(rows.map((row) => normaliseRow(dataset.fields, row)));
    }
    await writer.end();
  } catch (error) {
    if (!(error instanceof DownloadAborted)) console.error(`open data ${dataset.id}.${format} failed:`, (error as Error).message);
    res.destroy();
  }
}
