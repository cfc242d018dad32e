import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, ExportFile, ExportFormat, type SubgraphContext } from '@simpul/service-kit';
import { MppExportService } from './mpp-export.service';

const FORMATS = 'CSV, CSV format Indonesia atau XLSX, base64';

@Resolver()
export class MppExportResolver {
  constructor(private readonly exports: MppExportService) {}

  @Access('public')
  @Query(() => ExportFile, {
    description: `Ekspor tenant satu MPP (${FORMATS}): publik tenant yang beroperasi; operator MPP itu dan admin nasional semua tahap`,
  })
  exportMallTenancies(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportFile> {
    return this.exports.tenancies(context, mallId, format);
  }

  @Access('public')
  @Query(() => ExportFile, {
    description: `Ekspor gerai satu MPP dengan jadwal tenant per hari (${FORMATS}); tenant seperti exportMallTenancies`,
  })
  exportMallDesks(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportFile> {
    return this.exports.desks(context, mallId, format);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => ExportFile, {
    description: `Ekspor pengunjung harian per gerai dalam rentang tanggal, paling banyak 366 hari (${FORMATS}); operator MPP itu dan admin nasional`,
  })
  exportMallVisitors(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('from', { description: 'YYYY-MM-DD' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD' }) to: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportFile> {
    return this.exports.visitors(context, mallId, from, to, format);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => ExportFile, { description: `Ekspor kuota harian layanan tenant satu MPP (${FORMATS}); operator MPP itu dan admin nasional` })
  exportMallQuotas(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportFile> {
    return this.exports.quotas(context, mallId, format);
  }
}
