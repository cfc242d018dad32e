import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The national systems that know a unit under their own id: one unit, one identity across them. */
export enum ExternalSystem {
  SIPPN = 'SIPPN',
  PEKPPP = 'PEKPPP',
  SP4N_LAPOR = 'SP4N_LAPOR',
  SINOVIK = 'SINOVIK',
}
registerEnumType(ExternalSystem, { name: 'ExternalSystem', description: 'Sistem nasional: SIPPN, PEKPPP, SP4N-LAPOR!, SINOVIK' });

export const EXTERNAL_ID_KEYS = ['sippn', 'pekppp', 'sp4nLapor', 'sinovik'] as const;
export type ExternalIdKey = (typeof EXTERNAL_ID_KEYS)[number];

export const EXTERNAL_ID_COLUMNS: Record<ExternalIdKey, string> = {
  sippn: 'sippn_id',
  pekppp: 'pekppp_id',
  sp4nLapor: 'sp4n_lapor_id',
  sinovik: 'sinovik_id',
};

export const EXTERNAL_SYSTEM_KEYS: Record<ExternalSystem, ExternalIdKey> = {
  [ExternalSystem.SIPPN]: 'sippn',
  [ExternalSystem.PEKPPP]: 'pekppp',
  [ExternalSystem.SP4N_LAPOR]: 'sp4nLapor',
  [ExternalSystem.SINOVIK]: 'sinovik',
};

@ObjectType({ description: 'Identitas unit di sistem nasional lain' })
export class ExternalIds {
  @Field(() => String, { nullable: true }) sippn!: string | null;
  @Field(() => String, { nullable: true }) pekppp!: string | null;
  @Field(() => String, { nullable: true }) sp4nLapor!: string | null;
  @Field(() => String, { nullable: true }) sinovik!: string | null;
}

@InputType()
export class ExternalIdsInput {
  @Field(() => String, { nullable: true }) sippn?: string | null;
  @Field(() => String, { nullable: true }) pekppp?: string | null;
  @Field(() => String, { nullable: true }) sp4nLapor?: string | null;
  @Field(() => String, { nullable: true }) sinovik?: string | null;
}
