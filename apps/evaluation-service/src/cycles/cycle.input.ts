import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CyclePhase, EvaluationScheme } from './cycle-phase.enum';

@InputType()
export class PhaseWindowInput {
  @Field(() => CyclePhase) phase!: CyclePhase;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
}

@InputType()
export class CreateCycleInput {
  @Field(() => Int) year!: number;
  @Field() name!: string;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field(() => [String]) instrumentIds!: string[];
  @Field(() => [PhaseWindowInput], { description: 'Kedelapan tahap, masing-masing sekali' }) phases!: PhaseWindowInput[];
}

@InputType()
export class ExtendPhaseInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => CyclePhase) phase!: CyclePhase;
  @Field() newEndsAt!: Date;
  @Field({ description: 'Alasan perpanjangan (wajib), mis. gangguan sistem nasional' }) reason!: string;
}

@InputType({ description: 'Memulai tahap sekarang, lebih awal dari jadwal / start a phase now, ahead of its window' })
export class StartPhaseInput {
  @Field(() => ID) cycleId!: string;
  @Field(() => CyclePhase) phase!: CyclePhase;
  @Field({ description: 'Alasan (wajib), mis. semua lokus sudah mengisi F-01' }) reason!: string;
}
