import { Field, ID, InputType } from '@nestjs/graphql';
import { TenancyStep } from './tenancy-step.enum';

@InputType()
export class InviteTenantInput {
  @Field(() => ID) mallId!: string;
  @Field(() => ID, { description: 'Instansi dari registri' }) agencyId!: string;
  @Field(() => [String], { description: 'Kode butir daftar periksa tahap INVITED yang dikonfirmasi' }) checklist!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class AdvanceTenancyInput {
  @Field(() => ID) tenancyId!: string;
  @Field(() => TenancyStep, { description: 'Tahap berikutnya; tahap tidak boleh dilompati' }) to!: TenancyStep;
  @Field(() => [String], { description: 'Kode butir daftar periksa yang dikonfirmasi; semua wajib' }) checklist!: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class TenancyFilter {
  @Field(() => ID, { nullable: true }) mallId?: string | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => TenancyStep, { nullable: true }) step?: TenancyStep | null;
}
