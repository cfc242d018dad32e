import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { SubgraphContext } from '@simpul/service-kit';
import { ServiceUnit } from './service-unit.entity';
import { isUuid } from '@simpul/service-kit';

/** Units by id, batched per request (nested references and federation entity resolution). */
export function serviceUnitLoader(context: SubgraphContext, dataSource: DataSource): DataLoader<string, ServiceUnit | null> {
  return context.loaders.get(
    'unit.byId',
    () =>
      new DataLoader<string, ServiceUnit | null>(async (ids) => {
        const valid = ids.filter(isUuid);
        const rows = valid.length ? await dataSource.getRepository(ServiceUnit).findBy({ id: In(valid) }) : [];
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
