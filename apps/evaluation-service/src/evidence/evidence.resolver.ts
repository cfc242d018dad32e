import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Access, type SubgraphContext, type Connection, listLoader, PageArgs, SignedInCaller } from '@simpul/service-kit';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import {
  CarryEvidenceInput,
  EvidenceAttachment,
  EvidenceDocument,
  EvidenceDocumentConnection,
  EvidenceEvent,
  EvidenceEventConnection,
  EvidenceSlotInput,
  UploadEvidenceInput,
} from './evidence.model';
import { EvidenceService } from './evidence.service';

@Resolver(() => Lokus)
export class EvidenceResolver {
  constructor(
    private readonly evidenceService: EvidenceService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => EvidenceDocument, { description: 'Desk unit itu sendiri: unggah bukti sekali (isi sama → dokumen yang sudah ada)' })
  uploadEvidenceDocument(@Args('input') input: UploadEvidenceInput, @SignedInCaller() caller: Identity): Promise<EvidenceDocument> {
    return this.evidenceService.upload(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => EvidenceAttachment, { description: 'Tahap F-01: lampirkan dokumen unit ke satu indikator (boleh ke beberapa indikator)' })
  attachEvidence(@Args('input') input: EvidenceSlotInput, @SignedInCaller() caller: Identity): Promise<EvidenceAttachment> {
    return this.evidenceService.attach(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => Boolean, { description: 'Tahap F-01: lepas lampiran (tercatat di riwayat)' })
  detachEvidence(@Args('input') input: EvidenceSlotInput, @SignedInCaller() caller: Identity): Promise<boolean> {
    return this.evidenceService.detach(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => Int, {
    description: 'Tahap F-01: bawa lampiran dari lokus unit yang sama di siklus sebelumnya; hasil = jumlah lampiran baru',
  })
  carryEvidence(@Args('input') input: CarryEvidenceInput, @SignedInCaller() caller: Identity): Promise<number> {
    return this.evidenceService.carry(input, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => EvidenceDocumentConnection, { description: 'Pustaka bukti sebuah unit, unggahan terbaru dahulu' })
  unitEvidenceDocuments(
    @Args('serviceUnitId', { type: () => ID }) serviceUnitId: string,
    @SignedInCaller() caller: Identity,
    @Args() page: PageArgs,
  ): Promise<Connection<EvidenceDocument>> {
    return this.evidenceService.unitDocuments(serviceUnitId, caller, page);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => EvidenceEventConnection, { description: 'Riwayat bukti lokus (atau satu indikator), urut kejadian' })
  evidenceHistory(
    @Args('lokusId', { type: () => ID }) lokusId: string,
    @SignedInCaller() caller: Identity,
    @Args() page: PageArgs,
    @Args('indicatorCode', { type: () => String, nullable: true }) indicatorCode?: string | null,
  ): Promise<Connection<EvidenceEvent>> {
    return this.evidenceService.history(lokusId, indicatorCode, caller, page);
  }

  @ResolveField(() => [EvidenceAttachment], { description: 'Semua lampiran bukti lokus (bukan untuk publik)' })
  async evidence(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<EvidenceAttachment[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    return listLoader(
      context,
      'lokus.evidence',
      (ids) => this.evidenceService.attachmentsFor(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
  }
}
