import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { AddAgreementAddendumInput, CorrectAgreementInput, RecordAgreementInput } from './agreement.input';
import { Agreement, AgreementAddendum } from './agreement.model';
import { AgreementService } from './agreement.service';

@Resolver(() => Agreement)
export class AgreementResolver {
  constructor(private readonly agreements: AgreementService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Agreement, { description: 'Mencatat PKS; tanggal mulai/tanda tangan tidak boleh setelah tanggal berakhir' })
  recordAgreement(@Context() context: SubgraphContext, @Args('input') input: RecordAgreementInput): Promise<Agreement> {
    return this.agreements.record(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Agreement, { description: 'Mencatat adendum PKS; adendum dengan tanggal berakhir baru memperpanjang PKS' })
  addAgreementAddendum(@Context() context: SubgraphContext, @Args('input') input: AddAgreementAddendumInput): Promise<Agreement> {
    return this.agreements.addAddendum(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => Agreement, {
    description:
      'Mengoreksi nomor, tanggal dan dokumen PKS yang sudah dicatat; ditolak (CONFLICT) bila sudah ada adendum. Tercatat di riwayat tenant.',
  })
  correctAgreement(@Context() context: SubgraphContext, @Args('input') input: CorrectAgreementInput): Promise<Agreement> {
    return this.agreements.correct(context, input);
  }

  @ResolveField(() => [AgreementAddendum])
  addenda(@Parent() agreement: Agreement, @Context() context: SubgraphContext): Promise<AgreementAddendum[]> {
    return this.agreements.addendaLoader(context).load(agreement.id);
  }
}
