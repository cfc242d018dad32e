import { useSession, useT, type SessionUser } from '@simpul/web-kit';
import { REPORT_CARD_UI } from './report-card-messages';
import { SignatoryBlock } from './signatory-block';

/** A role in words ("Petugas unit"), as the sheet and the verification page print it. */
export function useRoleLabel(): (role: SessionUser['role']) => string {
  const t = useT(REPORT_CARD_UI);
  return (role) => t(`role.${role}`);
}

/**
 * The signatory block for the person printing: the same name and role the registry records with the
 * document, so paper and verification page agree. Signed out, the sheet is an unsigned public copy.
 */
export function IssuerSignatory({ place, date }: { place: string; date: Date | string }) {
  const t = useT(REPORT_CARD_UI);
  const roleLabel = useRoleLabel();
  const { user } = useSession();
  if (!user) return <SignatoryBlock place={place} date={date} role={t('publicCopyRole')} name={t('publicCopyName')} />;
  return <SignatoryBlock place={place} date={date} role={t('issuerRole', { role: roleLabel(user.role) })} name={user.displayName} />;
}
