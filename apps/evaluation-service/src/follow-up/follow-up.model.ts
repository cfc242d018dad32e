import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';

export enum FollowUpPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(FollowUpPlanStatus, {
  name: 'FollowUpPlanStatus',
  description: 'Rencana tindak lanjut: draf desk, diajukan, diterima evaluator/admin, atau dikembalikan dengan catatan',
});

export enum FollowUpActionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(FollowUpActionStatus, { name: 'FollowUpActionStatus', description: 'Status aksi; DROPPED selalu dengan alasan' });

export enum FollowUpReviewDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
registerEnumType(FollowUpReviewDecision, { name: 'FollowUpReviewDecision' });

export enum FollowUpClosing {
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(FollowUpClosing, {
  name: 'FollowUpClosing',
  description: 'Cara evaluator/admin menutup aksi: selesai, atau dibatalkan dengan alasan',
});

@ObjectType({ description: 'Satu aksi rencana tindak lanjut, terkait satu atau beberapa indikator' })
export class FollowUpAction {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => Int, { description: 'Urutan dalam rencana, mulai 1' }) position!: number;
  @Field() title!: string;
  @Field(() => [String], { description: 'Kode indikator yang ditindaklanjuti' }) indicatorCodes!: string[];
  @Field(() => String, { nullable: true, description: 'Penanggung jawab (nama/jabatan); wajib sebelum diajukan' }) ownerName!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Tenggat, YYYY-MM-DD; wajib sebelum diajukan' }) dueOn!: string | null;
  @Field(() => FollowUpActionStatus) status!: FollowUpActionStatus;
  @Field(() => String, { nullable: true, description: 'Bukti penyelesaian (uraian atau tautan dokumen)' }) evidence!: string | null;
  @Field(() => String, { nullable: true, description: 'Alasan pembatalan (DROPPED)' }) dropReason!: string | null;
  @Field({ description: 'Berasal dari saran "langkah cepat" analisis kesenjangan' }) quickWin!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'Yang menutup aksi (evaluator/admin)' }) closedByName!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@ObjectType({
  description: 'Rencana Tindak Lanjut (RTL) atas hasil PEKPPP satu lokus (bukan untuk publik; publik melihat FollowUpProgress)',
})
export class FollowUpPlan {
  @Field(() => ID) id!: string;
  @Field(() => ID) lokusId!: string;
  @Field(() => ID) serviceUnitId!: string;
  @Field({ description: 'Nama unit (snapshot lokus)' }) unitName!: string;
  @Field(() => Int, { description: 'Tahun siklus hasil yang ditindaklanjuti' }) year!: number;
  @Field(() => FollowUpPlanStatus) status!: FollowUpPlanStatus;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewedByName!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Catatan evaluator/admin saat mengembalikan atau menerima' }) reviewComment!:
    string | null;
  @Field({ description: 'Ditulis oleh data contoh (demo)' }) demo!: boolean;
}

@ObjectType()
export class FollowUpPlanConnection extends Paginated(FollowUpPlan, 'FollowUpPlan') {}

@ObjectType({ description: 'Kemajuan RTL yang diterima, untuk rapor publik: jumlah per status, tanpa nama penanggung jawab' })
export class FollowUpProgress {
  @Field(() => Date, { nullable: true, description: 'Saat rencana diterima' }) acceptedAt!: Date | null;
  @Field(() => Int) total!: number;
  @Field(() => Int) planned!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) dropped!: number;
  @Field(() => Float, { description: 'Persen aksi selesai dari aksi yang tidak dibatalkan, satu desimal' }) percentDone!: number;
}

@ObjectType({ description: 'Aksi RTL siklus sebelumnya yang sudah selesai, untuk F-01 siklus berikutnya' })
export class FollowUpDoneAction {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => [String]) indicatorCodes!: string[];
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int, { description: 'Tahun siklus rencana itu' }) planYear!: number;
}

@ObjectType({ description: 'Saran langkah cepat: naik satu level pada satu indikator, dari analisis kesenjangan' })
export class FollowUpQuickWin {
  @Field() indicatorCode!: string;
  @Field() indicatorText!: string;
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field(() => Float, { description: 'Tambahan IPP kira-kira untuk satu level ini' }) gain!: number;
  @Field(() => String, { nullable: true, description: 'Deskriptor level tujuan' }) targetDescriptor!: string | null;
  @Field({ description: 'Sudah ada aksi rencana untuk indikator ini' }) planned!: boolean;
}

@InputType()
export class SaveFollowUpActionInput {
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true, description: 'Kosong untuk aksi baru' }) actionId?: string | null;
  @Field() title!: string;
  @Field(() => [String]) indicatorCodes!: string[];
  @Field(() => String, { nullable: true }) ownerName?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn?: string | null;
  @Field({ nullable: true, defaultValue: false }) quickWin?: boolean;
  @Field(() => Int, { nullable: true, description: 'Versi yang diubah; wajib untuk aksi yang sudah ada' }) expectedVersion?: number | null;
}

@InputType()
export class ReviewFollowUpPlanInput {
  @Field(() => ID) planId!: string;
  @Field(() => FollowUpReviewDecision) decision!: FollowUpReviewDecision;
  @Field(() => String, { nullable: true, description: 'Wajib saat mengembalikan' }) comment?: string | null;
}

@InputType()
export class ReportFollowUpProgressInput {
  @Field(() => ID) actionId!: string;
  @Field(() => String, { nullable: true, description: 'Bukti penyelesaian' }) evidence?: string | null;
  @Field(() => Int) expectedVersion!: number;
}

@InputType()
export class CloseFollowUpActionInput {
  @Field(() => ID) actionId!: string;
  @Field(() => FollowUpClosing) outcome!: FollowUpClosing;
  @Field(() => String, { nullable: true, description: 'Wajib untuk DROPPED' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'Bukti penyelesaian, bila belum dicatat desk' }) evidence?: string | null;
  @Field(() => Int) expectedVersion!: number;
}
