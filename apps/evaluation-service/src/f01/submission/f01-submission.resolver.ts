import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity } from '@simpul/contracts';
import { Access, SignedInCaller } from '@simpul/service-kit';
import { F01Completeness, F01Receipt } from './f01-submission.model';
import { F01SubmissionService } from './f01-submission.service';

@Resolver(() => F01Receipt)
export class F01SubmissionResolver {
  constructor(private readonly submissions: F01SubmissionService) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => F01Completeness, {
    description: 'Kelengkapan F-01 sebuah lokus: indikator tanpa klaim atau bukti per aspek, kemajuan, tenggat, dan kiriman yang berlaku',
  })
  f01Completeness(@Args('lokusId', { type: () => ID }) lokusId: string, @SignedInCaller() caller: Identity): Promise<F01Completeness> {
    return this.submissions.completeness(lokusId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => F01Receipt, {
    nullable: true,
    description: 'Tanda terima F-01 yang berlaku (kosong bila belum dikirim atau dibuka kembali)',
  })
  f01Submission(@Args('lokusId', { type: () => ID }) lokusId: string, @SignedInCaller() caller: Identity): Promise<F01Receipt | null> {
    return this.submissions.current(lokusId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK', 'EVALUATOR')
  @Query(() => [F01Receipt], {
    description: 'Riwayat pengiriman F-01 sebuah lokus (terlama dahulu), termasuk pembukaan kembali dan alasannya',
  })
  f01SubmissionHistory(@Args('lokusId', { type: () => ID }) lokusId: string, @SignedInCaller() caller: Identity): Promise<F01Receipt[]> {
    return this.submissions.history(lokusId, caller);
  }

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => F01Receipt, {
    description: 'Desk unit itu sendiri (atau admin), tahap F-01: kirim F-01 yang lengkap; klaim dan bukti terkunci; hasilnya tanda terima',
  })
  submitF01(@Args('lokusId', { type: () => ID }) lokusId: string, @SignedInCaller() caller: Identity): Promise<F01Receipt> {
    return this.submissions.submit(lokusId, caller);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => F01Receipt, { description: 'Admin nasional: buka kembali F-01 yang terkirim dengan alasan (tercatat)' })
  reopenF01(
    @Args('lokusId', { type: () => ID }) lokusId: string,
    @Args('reason') reason: string,
    @SignedInCaller() caller: Identity,
  ): Promise<F01Receipt> {
    return this.submissions.reopen(lokusId, reason, caller);
  }
}
