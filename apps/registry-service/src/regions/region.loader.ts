import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { SubgraphContext } from '@simpul/service-kit';
import { Region } from './region.entity';

/** Regions by code, batched per request. */
export function regionLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, Region | null> {
  return context.loaders.get(
    'region.byCode',
    () =>
      new DataLoader<string, Region | null>(async (codes) => {
        const rows = await dataSource.getRepository(Region).findBy({ code: In([...codes]) });
        const byCode = new Map(rows.map((row) => [row.code, row]));
        return codes.map((code) => byCode.get(code) ?? null);
      }),
  );
}
