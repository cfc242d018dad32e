import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, ExportFile, ExportFormat, type SubgraphContext } from '@simpul/service-kit';
import { InnovationFilter } from '../catalogue/innovation.model';
import { KippExportService } from './kipp-export.service';

@Resolver()
export class KippExportResolver {
  constructor(private readonly exports: KippExportService) {}

  @Access('signed-in')
  @Query(() => ExportFile, {
    description:
      'Ekspor proposal satu kompetisi beserta nilai dan peringkat per tahap yang dinilai (CSV, CSV format Indonesia atau XLSX, base64); admin nasional dan Tim Panel Independen kompetisi itu',
  })
  exportProposals(
    @Context() context: SubgraphContext,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportFile> {
    return this.exports.proposals(context, competitionId, format);
  }

  @Access('public')
  @Query(() => ExportFile, {
    description:
      'Ekspor katalog inovasi dengan saringan yang sama dengan innovations(filter) (CSV, CSV format Indonesia atau XLSX, base64); publik',
  })
  exportInnovations(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => InnovationFilter, nullable: true }) filter?: InnovationFilter | null,
  ): Promise<ExportFile> {
    return this.exports.innovations(filter, format);
  }
}
