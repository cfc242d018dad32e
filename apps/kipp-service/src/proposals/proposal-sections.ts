import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { CompetitionGroup } from '../competitions/group.enum';

/** The proposal sections of docs/domain.md §9; replikasi adds three. */
export const COMMON_SECTIONS = [
  'summary',
  'backgroundAndGoals',
  'novelty',
  'implementation',
  'significance',
  'adaptability',
  'resources',
  'sustainability',
] as const;
export const REPLICATION_SECTIONS = ['inspiration', 'replicationProcess', 'differentiators'] as const;
export type SectionKey = (typeof COMMON_SECTIONS)[number] | (typeof REPLICATION_SECTIONS)[number];
export const ALL_SECTIONS: readonly SectionKey[] = [...COMMON_SECTIONS, ...REPLICATION_SECTIONS];
export const MAX_SECTION_LENGTH = 20_000;

export type SectionsData = Partial<Record<SectionKey, string | null>>;

@ObjectType('ProposalSections', { description: 'Isi proposal per bagian; bagian replikasi hanya untuk kelompok REPLIKASI' })
export class ProposalSections {
  @Field(() => String, { nullable: true, description: 'Ringkasan' }) summary!: string | null;
  @Field(() => String, { nullable: true, description: 'Latar belakang dan tujuan' }) backgroundAndGoals!: string | null;
  @Field(() => String, { nullable: true, description: 'Kebaruan' }) novelty!: string | null;
  @Field(() => String, { nullable: true, description: 'Implementasi' }) implementation!: string | null;
  @Field(() => String, { nullable: true, description: 'Signifikansi' }) significance!: string | null;
  @Field(() => String, { nullable: true, description: 'Adaptabilitas' }) adaptability!: string | null;
  @Field(() => String, { nullable: true, description: 'Sumber daya' }) resources!: string | null;
  @Field(() => String, { nullable: true, description: 'Strategi keberlanjutan' }) sustainability!: string | null;
  @Field(() => String, { nullable: true, description: 'Inspirasi replikasi' }) inspiration!: string | null;
  @Field(() => String, { nullable: true, description: 'Proses replikasi' }) replicationProcess!: string | null;
  @Field(() => String, { nullable: true, description: 'Pembeda dari inovasi asal' }) differentiators!: string | null;
}

@InputType('ProposalSectionsInput', { description: 'Bagian yang diisi menggantikan isinya; yang tidak disebut tetap' })
export class ProposalSectionsInput {
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) backgroundAndGoals?: string | null;
  @Field(() => String, { nullable: true }) novelty?: string | null;
  @Field(() => String, { nullable: true }) implementation?: string | null;
  @Field(() => String, { nullable: true }) significance?: string | null;
  @Field(() => String, { nullable: true }) adaptability?: string | null;
  @Field(() => String, { nullable: true }) resources?: string | null;
  @Field(() => String, { nullable: true }) sustainability?: string | null;
  @Field(() => String, { nullable: true }) inspiration?: string | null;
  @Field(() => String, { nullable: true }) replicationProcess?: string | null;
  @Field(() => String, { nullable: true }) differentiators?: string | null;
}

export function toSections(data: SectionsData): ProposalSections {
  return Object.fromEntries(ALL_SECTIONS.map((key) => [key, data[key] ?? null])) as unknown as ProposalSections;
}

/** The sections a submission needs for its group. */
export function requiredSections(group: CompetitionGroup): readonly SectionKey[] {
  return group === CompetitionGroup.REPLIKASI ? ALL_SECTIONS : COMMON_SECTIONS;
}

export function missingSections(group: CompetitionGroup, data: SectionsData): SectionKey[] {
  return requiredSections(group).filter((key) => !(data[key] ?? '').trim());
}
