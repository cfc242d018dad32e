import { Injectable } from '@nestjs/common';
import { IKM_CATEGORY_TABLE } from '@simpul/scoring';
import { DataOrigin } from '@simpul/service-kit';
import type { IkmDistribution } from './ikm-distribution.model';
import { IkmHeadlinesService } from './ikm-headlines';

/** How many units sit in each IKM band (A–D) in a year, for the public front door: each unit once, by its headline IKM. */
@Injectable()
export class IkmDistributionService {
  constructor(private readonly headlines: IkmHeadlinesService) {}

  async distribution(year: number | null | undefined): Promise<IkmDistribution> {
    const found = await this.headlines.ofYear(year);
    const bands = IKM_CATEGORY_TABLE.bands.map((band) => ({
      code: band.code,
      label: band.label,
      labelEn: band.labelEn,
      min: Number(band.min),
      max: Number(band.max),
      units: found.headlines.filter((headline) => headline.categoryCode === band.code).length,
    }));
    const units = bands.reduce((sum, band) => sum + band.units, 0);
    return {
      year: found.year ?? year ?? null,
      bands,
      units,
      unitsWithoutResult: found.withoutResult,
      origin: found.headlines.some((headline) => headline.demo) ? DataOrigin.DEMO : DataOrigin.DERIVED,
      source: units > 0 ? `IKM utama setiap unit tahun ${found.year} (PermenPANRB 14/2017)` : null,
      availableYears: found.availableYears,
    };
  }
}
