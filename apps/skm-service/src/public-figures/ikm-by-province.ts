import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { roundHalfUp } from '@simpul/scoring';
import { DataOrigin, RegistryClient } from '@simpul/service-kit';
import type { IkmByProvince } from './ikm-by-province.model';
import { IkmHeadlinesService } from './ikm-headlines';

export const PROVINCE_DIRECTORY = Symbol('PROVINCE_DIRECTORY');

/** Ids sent to the registry per request (aliased `serviceUnit(id)` fields). */
const CHUNK = 100;

/**
 * IKM per province for the front door's map. SKM keeps only unit ids, so the province of each unit
 * with a headline IKM comes from the registry, which owns regions (asked as the public: unit regions
 * are public), a hundred ids per request.
 */
@Injectable()
export class IkmByProvinceService {
  constructor(
    private readonly headlines: IkmHeadlinesService,
    @Inject(PROVINCE_DIRECTORY) private readonly registry: RegistryClient,
  ) {}

  async byProvince(year: number | null | undefined): Promise<IkmByProvince> {
    const found = await this.headlines.ofYear(year);
    const ids = [...new Set(found.headlines.flatMap((headline) => (headline.serviceUnitId ? [headline.serviceUnitId] : [])))];
    const provinceOf = new Map<string, string>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const units = await this.registry.byIds<{ id: string; region: { provinceCode: string } }>(
        'serviceUnit',
        ids.slice(start, start + CHUNK),
        '{ id region { provinceCode } }',
        { caller: null, requestId: randomUUID() },
      );
      for (const unit of units) provinceOf.set(unit.id, unit.region.provinceCode);
    }
    const groups = new Map<string, { sum: number; units: number; demo: boolean }>();
    let unitsWithoutProvince = 0;
    for (const headline of found.headlines) {
      const province = headline.serviceUnitId ? provinceOf.get(headline.serviceUnitId) : undefined;
      if (!province) {
        unitsWithoutProvince += 1;
        continue;
      }
      const group = groups.get(province) ?? { sum: 0, units: 0, demo: false };
      group.sum += headline.value;
      group.units += 1;
      group.demo ||= headline.demo;
      groups.set(province, group);
    }
    return {
      year: found.year ?? year ?? null,
      provinces: [...groups]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([provinceCode, group]) => ({
          provinceCode,
          units: group.units,
          value: roundHalfUp(group.sum / group.units, 2),
          origin: group.demo ? DataOrigin.DEMO : DataOrigin.DERIVED,
        })),
      unitsWithoutProvince,
    };
  }
}
