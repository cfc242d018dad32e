import { Alert } from '@mantine/core';
import { SignInNeeded } from '@simpul/ui';
import { useSession, useT } from '@simpul/web-kit';
import type { ReactNode } from 'react';
import { OMBUDSMAN } from './ombudsman-messages';

/** Entering and importing results is the national admin's: signed out, sign in first; anyone else is told whose page it is. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const t = useT(OMBUDSMAN);
  const { user } = useSession();
  if (!user) return <SignInNeeded message={t('signIn.admin')} />;
  if (user.role !== 'NATIONAL_ADMIN') return <Alert color="gray">{t('signIn.admin')}</Alert>;
  return <>{children}</>;
}
