import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DataOrigin, Paginated } from '@simpul/service-kit';
import { CyclePhase, EvaluationScheme } from './cycle-phase.enum';

@ObjectType({ description: 'Jendela waktu satu tahap' })
export class PhaseWindow {
  @Field(() => CyclePhase) phase!: CyclePhase;
  @Field() startsAt!: Date;
  @Field({ description: 'Batas akhir saat ini (sesudah perpanjangan)' }) endsAt!: Date;
  @Field({ description: 'Sedang terbuka menurut jam server' }) open!: boolean;
  @Field({ description: 'Pernah diperpanjang' }) extended!: boolean;
}

@ObjectType({ description: 'Perpanjangan tahap dengan alasannya (riwayat disimpan)' })
export class PhaseExtension {
  @Field(() => ID) id!: string;
  @Field(() => CyclePhase) phase!: CyclePhase;
  @Field() previousEndsAt!: Date;
  @Field() newEndsAt!: Date;
  @Field() reason!: string;
  @Field(() => ID, { nullable: true }) extendedBy!: string | null;
  @Field() extendedAt!: Date;
}

@ObjectType({ description: 'Perubahan jadwal tahap (dimulai lebih awal) dengan alasannya / a phase window changed to start a phase early' })
export class PhaseScheduleChange {
  @Field(() => ID) id!: string;
  @Field(() => CyclePhase) phase!: CyclePhase;
  @Field() previousStartsAt!: Date;
  @Field() previousEndsAt!: Date;
  @Field() newStartsAt!: Date;
  @Field() newEndsAt!: Date;
  @Field() reason!: string;
  @Field(() => ID, { nullable: true }) changedBy!: string | null;
  @Field() changedAt!: Date;
}

@ObjectType({ description: 'Siklus PEKPPP: tahun, skema, instrumen, tahap dan jendela waktunya' })
export class EvaluationCycle {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() name!: string;
  @Field(() => EvaluationScheme) scheme!: EvaluationScheme;
  @Field(() => [String], { description: 'Versi instrumen yang dipakai, mis. pekppp-2024-a' }) instrumentIds!: string[];
  @Field(() => [PhaseWindow]) phases!: PhaseWindow[];
  @Field(() => [CyclePhase], { description: 'Tahap yang terbuka sekarang (F-01 dan F-03 dapat bersamaan)' }) openPhases!: CyclePhase[];
  @Field(() => CyclePhase, { nullable: true, description: 'Tahap terakhir yang terbuka sekarang; null di antara jendela' })
  currentPhase!: CyclePhase | null;
  @Field(() => Date, { nullable: true, description: 'Hasil dibekukan sejak' }) finalisedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Hasil terbuka untuk publik sejak' }) publishedAt!: Date | null;
  @Field(() => DataOrigin, {
    description: 'Asal siklus: DEMO bila dibuat oleh data contoh; OFFICIAL bila dibuat di sistem ini (kerja nyata, bukan contoh)',
  })
  origin!: DataOrigin;
  @Field(() => String, {
    nullable: true,
    description: 'Sumber siklus yang dicatat dari luar sistem; null untuk siklus yang dijalankan di sistem ini dan untuk data contoh',
  })
  source!: string | null;
}

@ObjectType()
export class EvaluationCycleConnection extends Paginated(EvaluationCycle, 'EvaluationCycle') {}
