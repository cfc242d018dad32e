import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { ExportFile, ExportFormat, GapAnalysis, GapSource, ReportCard } from './reports.model';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Access('signed-in')
  @Query(() => GapAnalysis, {
    nullable: true,
    description: 'Analisis kesenjangan lokus terbaru sebuah unit: langkah paling sedikit ke kategori berikutnya',
  })
  gapAnalysis(
    @Args('serviceUnitId', { type: () => ID }) serviceUnitId: string,
    @CurrentCaller() caller: Caller,
    @Args('source', { type: () => GapSource, nullable: true }) source?: GapSource | null,
  ): Promise<GapAnalysis | null> {
    return this.reports.unitGap(serviceUnitId, source, caller);
  }

  @Access('public')
  @Query(() => ExportFile, {
    description:
      'Ekspor hasil siklus (CSV, CSV format Indonesia atau XLSX, base64), sesuai wewenang; publik bila sudah dipublikasikan. Dengan cohort: tepat baris yang sama dengan cycleResults(cohort)',
  })
  exportCycleResults(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @CurrentCaller() caller: Caller,
    @Args('cohort', { type: () => String, nullable: true, description: 'Saringan cohort yang sama dengan layar hasil' })
    cohort?: string | null,
  ): Promise<ExportFile> {
    return this.reports.exportResults(cycleId, format, caller, cohort ?? null);
  }

  @Access('public')
  @Query(() => ReportCard, { description: 'Rapor unit (siap cetak): publik bila sudah dipublikasikan' })
  reportCard(@Args('lokusId', { type: () => ID }) lokusId: string, @CurrentCaller() caller: Caller): Promise<ReportCard> {
    return this.reports.reportCard(lokusId, caller);
  }
}
