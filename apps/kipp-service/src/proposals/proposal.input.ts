import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CompetitionGroup } from '../competitions/group.enum';
import { ProposalSectionsInput } from './proposal-sections';
import { ProposalStatus } from './proposal-status.enum';

@InputType()
export class CreateProposalInput {
  @Field(() => ID) competitionId!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field() category!: string;
  @Field() title!: string;
  @Field({ description: 'YYYY-MM-DD' }) innovationStartedOn!: string;
  @Field(() => ID, { nullable: true, description: 'Inovasi katalog yang direplikasi (REPLIKASI) atau ditingkatkan (KHUSUS)' })
  sourceInnovationId?: string | null;
  @Field(() => ProposalSectionsInput, { nullable: true }) sections?: ProposalSectionsInput | null;
  @Field(() => String, { nullable: true }) videoUrl?: string | null;
}

@InputType({ description: 'Autosave: field yang diisi menggantikan nilainya; CONFLICT bila expectedVersion sudah usang' })
export class SaveProposalInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => CompetitionGroup, { nullable: true }) group?: CompetitionGroup | null;
  @Field(() => String, { nullable: true }) innovationStartedOn?: string | null;
  @Field(() => ID, { nullable: true }) sourceInnovationId?: string | null;
  @Field(() => ProposalSectionsInput, { nullable: true }) sections?: ProposalSectionsInput | null;
  @Field(() => String, { nullable: true }) videoUrl?: string | null;
}

@InputType()
export class ProposalFilter {
  @Field(() => ID, { nullable: true }) competitionId?: string | null;
  @Field(() => ProposalStatus, { nullable: true }) status?: ProposalStatus | null;
  @Field(() => ID, { nullable: true }) agencyId?: string | null;
  @Field(() => ID, { nullable: true }) serviceUnitId?: string | null;
  @Field(() => CompetitionGroup, { nullable: true }) group?: CompetitionGroup | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Hanya draf yang sudah (true) atau belum (false) dibagikan ke admin lokal: antrean tinjauan admin lokal',
  })
  sharedWithAdmin?: boolean | null;
}
