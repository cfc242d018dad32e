import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GovernmentLevel, ServiceGroup } from './lokus.enums';

@InputType({ description: 'Unit dari registri dan salinan data yang dibutuhkan untuk cohort dan ekspor' })
export class LokusUnitInput {
  @Field(() => ID) serviceUnitId!: string;
  @Field() unitName!: string;
  @Field({ description: 'Jenis unit menurut registri, mis. SAMSAT' }) unitKind!: string;
  @Field(() => ServiceGroup) serviceGroup!: ServiceGroup;
  @Field(() => ID) agencyId!: string;
  @Field(() => String, { nullable: true }) agencyName?: string | null;
  @Field() provinceCode!: string;
  @Field(() => String, { nullable: true }) provinceName?: string | null;
  @Field(() => GovernmentLevel) governmentLevel!: GovernmentLevel;
  @Field(() => String, { nullable: true, description: 'Bawaan: instrumen pertama siklus' }) instrumentId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Bawaan 10' }) minRespondents?: number | null;
  @Field(() => Int, { nullable: true, description: 'Bawaan 20' }) maxRespondents?: number | null;
}

@InputType()
export class LokusFilter {
  @Field(() => ServiceGroup, { nullable: true }) serviceGroup?: ServiceGroup | null;
  @Field(() => String, { nullable: true }) provinceCode?: string | null;
  @Field(() => String, { nullable: true }) cohort?: string | null;
  @Field(() => String, { nullable: true, description: 'Bagian nama unit' }) search?: string | null;
}
