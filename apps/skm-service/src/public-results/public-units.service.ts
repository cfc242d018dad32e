import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, Clock, pageOf, rows, wibDate, type Connection } from '@simpul/service-kit';
import { RESPONDENT_ROW } from '../results/rollup-cells';
import { ResultsService } from '../results/results.service';
import type { SkmPublicUnit } from './public-units.model';
import { REGISTRY_DIRECTORY, type RegistryDirectory } from './registry-directory';

export interface PublicUnitFilter {
  search: string | null;
  regionCode: string | null;
}

/**
 * The signed-out list of units with a published IKM: the same headline rule as a unit's public page
 * (completed period, every answer reviewed, adequate sample), so a running, unreviewed or thinly
 * sampled survey never shows. Names and regions are the registry's: a search or region asks it for
 * the matching unit ids first. Highest IKM first.
 */
@Injectable()
export class PublicUnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly results: ResultsService,
    private readonly clock: Clock,
    @Inject(REGISTRY_DIRECTORY) private readonly registry: RegistryDirectory,
  ) {}

  async list(
    filter: PublicUnitFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<SkmPublicUnit>> {
    const search = filter.search?.trim() || null;
    const regionCode = filter.regionCode?.trim() || null;
    if (search && search.length > 100)
      throw badUserInput('search', 'Search at most 100 characters.', 'Pencarian paling banyak 100 karakter.');
    if (regionCode && !/^\d{2}(\.\d{2}){0,3}$/.test(regionCode))
      throw badUserInput(
        'regionCode',
        'The region code is not valid (e.g. 63 or 63.71).',
        'Kode wilayah tidak valid (mis. 63 atau 63.71).',
      );
    // Only units with a completed period that has answers can have a headline at all (the questionnaire
    // count cells of the whole survey: the covering index, no GROUP BY).
    const candidates = await rows<{ id: string }>(
      this.dataSource,
      `SELECT DISTINCT s.service_unit_id AS id FROM skm.surveys s
       WHERE s.service_unit_id IS NOT NULL AND s.ends_on < $1::date
         AND (EXISTS (SELECT 1 FROM skm.survey_rollup r WHERE r.survey_id = s.id AND r.dimension = 'ALL' AND r.bucket = '' AND r.element_index = ${RESPONDENT_ROW} AND r.answers > 0)
           OR EXISTS (SELECT 1 FROM skm.rollup_delta r WHERE r.survey_id = s.id AND r.dimension = 'ALL' AND r.bucket = '' AND r.element_index = ${RESPONDENT_ROW} AND r.answers > 0))`,
      [wibDate(this.clock.now())],
    );
    let ids = candidates.map((row) => row.id);
    if (search || regionCode) {
      const matching = await this.registry.unitIdsMatching({ search, regionCode });
      ids = ids.filter((id) => matching.has(id));
    }
    const headlines = await this.results.headlinesForUnits(ids);
    const published: SkmPublicUnit[] = [];
    for (const id of ids) {
      const latest = headlines.get(id)?.ikm;
      if (latest) published.push({ serviceUnitId: id, serviceUnit: { id }, latest });
    }
    published.sort(
      (a, b) =>
        b.latest.value - a.latest.value || b.latest.endsOn.localeCompare(a.latest.endsOn) || a.serviceUnitId.localeCompare(b.serviceUnitId),
    );
    return pageOf(published, first, after);
  }
}
