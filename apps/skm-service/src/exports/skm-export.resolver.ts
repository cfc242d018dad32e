import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, ExportFile, ExportFormat } from '@simpul/service-kit';
import { SkmExportService } from './skm-export.service';
import { SkmExportView } from './skm-export-view';

@Resolver()
export class SkmExportResolver {
  constructor(private readonly exports: SkmExportService) {}

  @Access('signed-in')
  @Query(() => ExportFile, {
    description:
      'Ekspor hasil satu survei SKM (CSV, CSV format Indonesia atau XLSX, base64): per unsur, per jenis layanan atau per profil responden; bagi yang boleh melihat hasilnya',
  })
  exportSkmResult(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('view', { type: () => SkmExportView }) view: SkmExportView,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @CurrentCaller() caller: Caller,
  ): Promise<ExportFile> {
    return this.exports.export(surveyId, view, format, caller);
  }
}
