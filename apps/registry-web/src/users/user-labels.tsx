import { CategoryBadge, type Tone } from '@simpul/ui';
import type { Translate } from '@simpul/web-kit';
import type { UserRow, UserStatus } from './user.operations';

const STATUS_TONE: Record<UserStatus, Tone> = { INVITED: 'info', ACTIVE: 'success', DEACTIVATED: 'neutral' };

export function UserStatusBadge({ status, t }: { status: UserStatus; t: Translate }) {
  return <CategoryBadge tone={STATUS_TONE[status]} label={t(`userStatus.${status}`)} />;
}

/** Where a person works, in words: their unit, their mall, or nowhere in particular. */
export function bindingLabel(
  user: Pick<UserRow, 'role' | 'serviceUnit' | 'mallId'>,
  mallNames: Record<string, string>,
  t: Translate,
): string {
  if (user.serviceUnit) return user.serviceUnit.name;
  if (user.mallId) return mallNames[user.mallId] ?? t('users.mallUnnamed');
  return t('users.noBinding');
}
