import { Directive, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BilingualText } from '../graphql/bilingual-text';

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Keadaan tugas: belum dimulai, sedang dikerjakan, selesai, lewat tenggat / not started, under way, done, past its due date',
});

/** The portal module a task belongs to (which of the five module buttons it sits under). */
export enum TaskModule {
  PEKPPP = 'PEKPPP',
  KIPP = 'KIPP',
  MPP = 'MPP',
  SKM = 'SKM',
  REGISTRY = 'REGISTRY',
}
registerEnumType(TaskModule, { name: 'TaskModule', description: 'Modul portal pemilik tugas / the portal module the task belongs to' });

// Every subgraph that contributes tasks serves these same value types, so they are @shareable.
@ObjectType({ description: 'Kemajuan tugas, mis. 12 dari 30 indikator / how much of the task is done' })
@Directive('@shareable')
export class TaskProgress {
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}

@ObjectType({
  description: 'Satu pekerjaan yang menunggu pengguna, dari layanan pemilik datanya / one piece of work waiting for the caller',
})
@Directive('@shareable')
export class Task {
  @Field(() => ID, { description: 'Stabil selama pekerjaannya sama, mis. pekppp:f01:<lokus>' }) id!: string;
  @Field(() => BilingualText) title!: BilingualText;
  @Field(() => BilingualText, { nullable: true, description: 'Keterangan singkat, mis. kurang 96 responden' })
  detail!: BilingualText | null;
  @Field(() => TaskModule) module!: TaskModule;
  @Field(() => Date, { nullable: true, description: 'Tenggat; kosong bila tidak ada' }) dueDate!: Date | null;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field(() => TaskProgress, { nullable: true }) progress!: TaskProgress | null;
  @Field({ description: 'Alamat portal yang melanjutkan pekerjaan, mis. /evaluasi/lokus/<id>' }) url!: string;
}
