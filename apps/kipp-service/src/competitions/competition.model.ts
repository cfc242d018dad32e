import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { CompetitionGroup } from './group.enum';
import { Rubric } from './rubric.model';
import { Stage } from './stage.enum';

@ObjectType('KippGroupRule', { description: 'Aturan kelayakan per kelompok' })
export class GroupRule {
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field(() => Int, { description: 'Usia minimal inovasi (tahun) pada batas pendaftaran' }) minAgeYears!: number;
  @Field(() => Int, { nullable: true, description: 'Kuota proposal terkirim per instansi; kosong = tanpa batas' }) quotaPerAgency!:
    number | null;
}

@ObjectType('KippCompetitionRules', { description: 'Aturan kompetisi sebagai data' })
export class CompetitionRules {
  @Field(() => [GroupRule]) groups!: GroupRule[];
  @Field() khususRequiresPastWinner!: boolean;
  @Field(() => Int) top99Size!: number;
  @Field(() => Int) top45Size!: number;
  @Field(() => Int) evaluatorsPerProposal!: number;
  @Field(() => Int, { description: 'Selisih nilai dari agregat yang ditandai sebagai pencilan' }) outlierPoints!: number;
  @Field(() => Int) objectionsPerHour!: number;
}

@ObjectType('KippStageWindow', { description: 'Satu tahap pada kalender kompetisi' })
export class StageWindow {
  @Field(() => Stage) stage!: Stage;
  @Field({ description: 'Tanggal mulai (YYYY-MM-DD)' }) opensOn!: string;
  @Field({ description: 'Tanggal akhir (YYYY-MM-DD), inklusif' }) closesOn!: string;
  @Field(() => Date, { nullable: true, description: 'Kapan tahap diputuskan; sesudahnya tidak dapat diubah' }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => [Rubric], { description: 'Rubrik tahap ini per kelompok (hanya tahap yang dinilai)' }) rubrics!: Rubric[];
  competitionId!: string;
}

@ObjectType('KippCompetition', { description: 'Kompetisi Inovasi Pelayanan Publik satu tahun' })
export class Competition {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() title!: string;
  @Field(() => [CompetitionGroup]) groups!: CompetitionGroup[];
  @Field(() => [String], { description: 'Kategori inovasi' }) categories!: string[];
  @Field(() => CompetitionRules) rules!: CompetitionRules;
}

@ObjectType('KippCompetitionConnection')
export class CompetitionConnection extends Paginated(Competition, 'KippCompetition') {}
