import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rows, type SubgraphContext } from '@simpul/service-kit';
import { Region } from './region.entity';

const REGION_COLUMNS = `code, name, level, regency_kind AS "regencyKind", parent_code AS "parentCode", province_code AS "provinceCode"`;
const REGIONS_BY_CODE = `SELECT ${REGION_COLUMNS} FROM registry.regions WHERE code = ANY($1::varchar[])`;

/**
 * How long a replica answers regions from its own copy of the list. Regions are Kemendagri reference
 * data that only a seed changes (at a deploy); a renamed region shows on every replica within this
 * time, a new code at once (a code the copy lacks is read from the table).
 */
export const REGION_COPY_TTL_MS = 5 * 60_000;

interface RegionCopy {
  byCode: Map<string, Region>;
  until: number;
}

// One copy per database (tests run several apps in one process), read whole: ~550 rows.
const copies = new WeakMap<DataSource, Promise<RegionCopy>>();

async function regionCopy(dataSource: DataSource, now: number): Promise<RegionCopy> {
  const current = copies.get(dataSource);
  if (current) {
    const copy = await current;
    if (copy.until > now) return copy;
    if (copies.get(dataSource) !== current) return regionCopy(dataSource, now);
  }
  const loading = rows<Region>(dataSource, `SELECT ${REGION_COLUMNS} FROM registry.regions`).then((found) => ({
    byCode: new Map(found.map((row) => [row.code, Object.assign(new Region(), row)])),
    until: now + REGION_COPY_TTL_MS,
  }));
  copies.set(dataSource, loading);
  loading.catch(() => copies.delete(dataSource));
  return loading;
}

/**
 * Regions by code, batched per request: asked for every unit of every page of units, so they come
 * from the replica's copy (REGION_COPY_TTL_MS) instead of a statement per page. `now` is for tests.
 */
export function regionLoader(context: SubgraphContext, dataSource: DataSource, now = Date.now()): DataLoader<string, Region | null> {
  return context.loaders.get(
    'region.byCode',
    () =>
      new DataLoader<string, Region | null>(async (codes) => {
        const copy = await regionCopy(dataSource, now);
        const missing = codes.filter((code) => !copy.byCode.has(code));
        const found = missing.length ? await rows<Region>(dataSource, REGIONS_BY_CODE, [missing], { prepared: true }) : [];
        const added = new Map(found.map((row) => [row.code, Object.assign(new Region(), row)]));
        return codes.map((code) => copy.byCode.get(code) ?? added.get(code) ?? null);
      }),
  );
}
