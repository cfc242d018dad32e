import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TenancyStep } from './tenancy-step.enum';

/** An agency's place in a mall, from invitation to live (or paused, or left). */
@ObjectType({ description: 'Keikutsertaan satu instansi di satu MPP (tenant), dari undangan sampai beroperasi' })
export class Tenancy {
  @Field(() => ID) id!: string;
  @Field(() => TenancyStep) step!: TenancyStep;
  @Field(() => TenancyStep, { nullable: true, description: 'Tahap yang dilanjutkan setelah jeda' }) resumeStep!: TenancyStep | null;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true }) liveSince!: Date | null;
  @Field(() => Date, { nullable: true }) leftAt!: Date | null;
  mallId!: string;
  agencyId!: string;
}

@ObjectType({ description: 'Butir daftar periksa yang dikonfirmasi' })
export class ChecklistEntry {
  @Field() code!: string;
  @Field() label!: string;
  @Field() done!: boolean;
}

@ObjectType({ description: 'Riwayat tahap: siapa menyelesaikan tahap apa dan kapan' })
export class TenancyStepRecord {
  @Field(() => ID) id!: string;
  @Field(() => TenancyStep) step!: TenancyStep;
  @Field(() => [ChecklistEntry]) checklist!: ChecklistEntry[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => ID, { nullable: true, description: 'ID pengguna yang menyelesaikan tahap' }) completedBy!: string | null;
  @Field(() => String, { nullable: true }) completedByName!: string | null;
  @Field() completedAt!: Date;
  tenancyId!: string;
}
