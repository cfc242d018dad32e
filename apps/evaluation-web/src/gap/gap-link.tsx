import { Anchor } from '@mantine/core';
import { useBasePath, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { EVALUATION } from '../messages';

/**
 * "Analisis kesenjangan" for whoever may read it: the admin, evaluators (the service checks the
 * assignment), and a desk for its own unit only; nothing for visitors and other roles.
 */
export function GapLink({ serviceUnitId }: { serviceUnitId: string }) {
  const t = useT(EVALUATION);
  const to = useBasePath();
  const { user } = useSession();
  const allowed =
    user?.role === 'NATIONAL_ADMIN' || user?.role === 'EVALUATOR' || (user?.role === 'UNIT_DESK' && user.serviceUnit?.id === serviceUnitId);
  if (!allowed) return null;
  return (
    <Anchor component={Link} to={to(`/units/${serviceUnitId}/kesenjangan`)}>
      {t('gapPage.link')}
    </Anchor>
  );
}
