import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { NotificationKind } from '@simpul/contracts';
import { Paginated, TaskModule, BilingualText } from '@simpul/service-kit';
import { NotificationKindEnum } from './notification-kind.enum';

@ObjectType({ description: 'Satu pengingat untuk pengguna di portal / one reminder for the signed-in person' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => TaskModule, { description: 'Modul portal asal pengingat' }) module!: TaskModule;
  @Field(() => BilingualText) title!: BilingualText;
  @Field(() => BilingualText) body!: BilingualText;
  @Field({ description: 'Alamat portal yang membuka hal yang diingatkan' }) url!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Kapan dibaca; kosong bila belum' }) readAt!: Date | null;
}

@ObjectType({ description: 'Pengingat pengguna, terbaru dulu / the caller’s notifications, newest first' })
export class NotificationConnection extends Paginated(Notification, 'Notification') {
  @Field(() => Int, { description: 'Jumlah pengingat yang belum dibaca (seluruhnya, bukan hanya halaman ini)' }) unreadCount!: number;
}

@ObjectType({ description: 'Apakah pengguna menerima surel untuk satu jenis pengingat / whether a kind also comes by e-mail' })
export class NotificationSetting {
  @Field(() => NotificationKindEnum) kind!: NotificationKind;
  @Field(() => BilingualText) label!: BilingualText;
  @Field({ description: 'Kirim juga lewat surel; pengingat di portal tetap ada' }) email!: boolean;
}
