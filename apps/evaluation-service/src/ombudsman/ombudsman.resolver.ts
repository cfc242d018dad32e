import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import type { Identity } from '@simpul/contracts';
import { Access, type Connection, listLoader, PageArgs, rowLoader, SignedInCaller, type SubgraphContext } from '@simpul/service-kit';
import { ImportFileInput } from './import-file.input';
import {
  OmbudsmanCompliance,
  OmbudsmanDimensionScore,
  OmbudsmanImportReport,
  OmbudsmanProvinceSummary,
  OmbudsmanResult,
  OmbudsmanResultConnection,
  OmbudsmanResultFilter,
  OmbudsmanResultInput,
  OmbudsmanUnitFinding,
} from './ombudsman.model';
import { OmbudsmanService } from './ombudsman.service';

// Every Ombudsman result here was published by the Ombudsman, so reading is public; writing is the
// national admin's (the @Access roles below are the whole rule).

@Resolver(() => OmbudsmanResult)
export class OmbudsmanResolver {
  constructor(private readonly ombudsman: OmbudsmanService) {}

  @Access('public')
  @Query(() => OmbudsmanResultConnection, {
    description:
      'Hasil kepatuhan / opini Ombudsman (publik): tahun terbaru dahulu lalu nama instansi; saring menurut wilayah, instansi, tahun, zona',
  })
  ombudsmanResults(
    @Args() page: PageArgs,
    @Args('filter', { type: () => OmbudsmanResultFilter, nullable: true }) filter?: OmbudsmanResultFilter | null,
  ): Promise<Connection<OmbudsmanResult>> {
    return this.ombudsman.list(filter, page);
  }

  @Access('public')
  @Query(() => OmbudsmanResult, { nullable: true, description: 'Satu hasil Ombudsman (publik)' })
  async ombudsmanResult(@Args('id', { type: () => ID }) id: string): Promise<OmbudsmanResult | null> {
    return (await this.ombudsman.byIds([id]))[0] ?? null;
  }

  @Access('public')
  @Query(() => OmbudsmanCompliance, {
    description: 'Kepatuhan satu instansi (publik): riwayat terbaru dahulu, hasil terbaru, perubahan sejak tahun sebelumnya',
  })
  ombudsmanCompliance(@Args('agencyId', { type: () => ID }) agencyId: string): Promise<OmbudsmanCompliance> {
    return this.ombudsman.compliance(agencyId);
  }

  @Access('public')
  @Query(() => OmbudsmanProvinceSummary, {
    description: 'Jumlah instansi per zona di satu provinsi (atau kabupaten/kota) satu tahun, dengan hasilnya (publik)',
  })
  ombudsmanProvinceSummary(
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number | null,
  ): Promise<OmbudsmanProvinceSummary> {
    return this.ombudsman.provinceSummary(regionCode, year);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => OmbudsmanResult, {
    description: 'Admin nasional: mencatat satu hasil Ombudsman sebagaimana dipublikasikan (tidak dihitung ulang)',
  })
  recordOmbudsmanResult(
    @Args('input') input: OmbudsmanResultInput,
    @SignedInCaller() caller: Identity,
    @Context() context: SubgraphContext,
  ): Promise<OmbudsmanResult> {
    return this.ombudsman.record(input, caller, { caller, requestId: context.requestId });
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => OmbudsmanImportReport, {
    description:
      'Admin nasional: impor hasil Ombudsman dari CSV/XLSX dengan laporan per baris; satu baris salah menolak seluruh berkas; dryRun hanya memeriksa',
  })
  importOmbudsmanResults(
    @Args('file') file: ImportFileInput,
    @SignedInCaller() caller: Identity,
    @Context() context: SubgraphContext,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun?: boolean | null,
  ): Promise<OmbudsmanImportReport> {
    return this.ombudsman.import(file, dryRun ?? false, caller, { caller, requestId: context.requestId });
  }

  @Access('public')
  @ResolveReference()
  async resolveReference(reference: { id: string }, @Context() context: SubgraphContext): Promise<OmbudsmanResult | null> {
    return this.loader(context).load(reference.id);
  }

  private loader(context: SubgraphContext) {
    return rowLoader(
      context,
      'ombudsman.result',
      (ids) => this.ombudsman.byIds(ids),
      (row) => row.id,
    );
  }

  @ResolveField(() => [OmbudsmanDimensionScore], { description: 'Nilai dimensi yang dipublikasikan (Input, Proses, Output, Pengaduan)' })
  dimensions(@Parent() result: OmbudsmanResult, @Context() context: SubgraphContext): Promise<OmbudsmanDimensionScore[]> {
    return listLoader(
      context,
      'ombudsman.dimensions',
      (ids) => this.ombudsman.dimensions(ids),
      (row) => row.resultId,
    ).load(result.id);
  }

  @ResolveField(() => [OmbudsmanUnitFinding], { description: 'Temuan per unit layanan, bila dipublikasikan' })
  unitFindings(@Parent() result: OmbudsmanResult, @Context() context: SubgraphContext): Promise<OmbudsmanUnitFinding[]> {
    return listLoader(
      context,
      'ombudsman.unitFindings',
      (ids) => this.ombudsman.unitFindings(ids),
      (row) => row.resultId,
    ).load(result.id);
  }
}
