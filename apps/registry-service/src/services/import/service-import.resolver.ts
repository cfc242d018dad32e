import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller } from '@simpul/service-kit';
import { ImportFormat, ServiceImportReport } from './import.types';
import { ServiceImportService } from './service-import.service';

@Resolver()
export class ServiceImportResolver {
  constructor(private readonly imports: ServiceImportService) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => ServiceImportReport, { description: 'Impor layanan dari CSV/XLSX; satu baris salah menolak seluruh berkas' })
  importServices(
    @Args('serviceUnitId', { type: () => ID }) serviceUnitId: string,
    @Args('format', { type: () => ImportFormat }) format: ImportFormat,
    @Args('contentBase64') contentBase64: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ServiceImportReport> {
    return this.imports.import(serviceUnitId, format, contentBase64, caller);
  }
}
