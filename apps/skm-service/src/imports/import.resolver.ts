import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { SkmImportFormat, SkmImportReport } from './import.model';
import { ImportService } from './import.service';

@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Mutation(() => SkmImportReport, {
    description:
      'Impor formulir kertas (CSV/XLSX, base64). Laporan baris demi baris; bila ada baris salah tidak ada yang disimpan. Kolom: kode unsur (U1…U9), answered_on, age_band, sex, education, occupation, service_id',
  })
  importSkmResponses(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('fileName') fileName: string,
    @Args('format', { type: () => SkmImportFormat }) format: SkmImportFormat,
    @Args('contentBase64') contentBase64: string,
    @CurrentCaller() caller: Caller,
  ): Promise<SkmImportReport> {
    return this.imports.importFile(surveyId, fileName, format, contentBase64, caller);
  }
}
