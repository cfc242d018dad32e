import { registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, type NotificationKind } from '@simpul/contracts';

/** The contracts' notification kinds as a GraphQL enum. */
export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, kind])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'Jenis pengingat; surel tiap jenis dapat dimatikan / the kind of reminder (each kind’s e-mail can be turned off)',
});
