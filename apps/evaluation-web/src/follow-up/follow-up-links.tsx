import { Anchor, Text } from '@mantine/core';
import { useBasePath, useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { FOLLOW_UP } from './messages';

/** On the evaluation home: the follow-up plans the signed-in desk, evaluator or admin works on. */
export function FollowUpListLink() {
  const t = useT(FOLLOW_UP);
  const to = useBasePath();
  const { user } = useSession();
  if (!user || !['UNIT_DESK', 'EVALUATOR', 'NATIONAL_ADMIN'].includes(user.role)) return null;
  return (
    <Text>
      <Anchor component={Link} to={to('/tindak-lanjut')}>
        {t('list.title')}
      </Anchor>
    </Text>
  );
}

/** On a lokus with a published result: its follow-up plan, for the signed-in desk, evaluator or admin. */
export function FollowUpPlanLink({ lokusId, published }: { lokusId: string; published: boolean }) {
  const t = useT(FOLLOW_UP);
  const to = useBasePath();
  const { user } = useSession();
  if (!published || !user || !['UNIT_DESK', 'EVALUATOR', 'NATIONAL_ADMIN'].includes(user.role)) return null;
  return (
    <Anchor component={Link} to={to(`/lokus/${lokusId}/tindak-lanjut`)}>
      {t('link')}
    </Anchor>
  );
}
