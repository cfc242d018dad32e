import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Identity, NotificationKind } from '@simpul/contracts';
import { Access, SignedInCaller } from '@simpul/service-kit';
import { NotificationKindEnum } from './notification-kind.enum';
import { Notification, NotificationConnection, NotificationSetting } from './notification.model';
import { NotificationsService } from './notifications.service';

/** The bell, the notifications page and the e-mail settings of the signed-in person. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Access('signed-in')
  @Query(() => NotificationConnection, { description: 'Pengingat pengguna yang masuk, terbaru dulu, dengan jumlah yang belum dibaca' })
  myNotifications(
    @SignedInCaller() caller: Identity,
    @Args('first', { type: () => Int, nullable: true, description: 'Jumlah per halaman, 1–100 (bawaan 20)' }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, description: 'Hanya yang belum dibaca' }) unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    return this.notifications.page(caller.userId, first, after, unreadOnly ?? false);
  }

  @Access('signed-in')
  @Mutation(() => [Notification], { description: 'Menandai pengingat milik sendiri sebagai dibaca; id milik orang lain ditolak' })
  markNotificationsRead(@SignedInCaller() caller: Identity, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<Notification[]> {
    return this.notifications.markRead(caller.userId, ids);
  }

  @Access('signed-in')
  @Query(() => [NotificationSetting], { description: 'Jenis pengingat dan apakah masing-masing juga dikirim lewat surel' })
  myNotificationSettings(@SignedInCaller() caller: Identity): Promise<NotificationSetting[]> {
    return this.notifications.settings(caller.userId);
  }

  @Access('signed-in')
  @Mutation(() => NotificationSetting, { description: 'Menyalakan atau mematikan surel satu jenis pengingat; pengingat di portal tetap' })
  setNotificationEmail(
    @SignedInCaller() caller: Identity,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('email') email: boolean,
  ): Promise<NotificationSetting> {
    return this.notifications.setEmail(caller.userId, kind, email);
  }
}
