import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, ExportFile, ExportFormat } from '@simpul/service-kit';
import { AgencyFilter } from '../agencies/agency-query.input';
import { ServiceFilter } from '../services/service.input';
import { ServiceUnitFilter } from '../units/service-unit.input';
import { RegistryExportsService } from './registry-exports.service';

// Whoever may list may download the same rows: public, archived rows only for those the list shows them to.
@Resolver()
export class RegistryExportsResolver {
  constructor(private readonly exports: RegistryExportsService) {}

  @Access('public')
  @Query(() => ExportFile, {
    description: 'Unduh unit pelayanan yang dipilih saringan (sama dengan serviceUnits): CSV, CSV format Indonesia atau XLSX',
  })
  exportServiceUnits(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ServiceUnitFilter, nullable: true }) filter?: ServiceUnitFilter | null,
  ): Promise<ExportFile> {
    return this.exports.exportServiceUnits(filter ?? undefined, format, caller);
  }

  @Access('public')
  @Query(() => ExportFile, {
    description: 'Unduh jenis layanan yang dipilih saringan (sama dengan services) dengan kelengkapan Standar Pelayanannya',
  })
  exportServices(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ServiceFilter, nullable: true }) filter?: ServiceFilter | null,
  ): Promise<ExportFile> {
    return this.exports.exportServices(filter ?? undefined, format, caller);
  }

  @Access('public')
  @Query(() => ExportFile, { description: 'Unduh instansi yang dipilih saringan (sama dengan agencies)' })
  exportAgencies(
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => AgencyFilter, nullable: true }) filter?: AgencyFilter | null,
  ): Promise<ExportFile> {
    return this.exports.exportAgencies(filter ?? undefined, format, caller);
  }
}
