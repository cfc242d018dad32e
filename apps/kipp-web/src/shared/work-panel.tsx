import { Anchor, Paper, Text } from '@mantine/core';
import { useSession, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { useKippPath } from './base-path';

/** The signed-in person's own KIPP work, one link per role; the public sees nothing here. */
export function WorkPanel() {
  const t = useT(KIPP);
  const to = useKippPath();
  const { user } = useSession();
  const target = user?.role === 'UNIT_DESK' ? '/usulan' : user?.role === 'NATIONAL_ADMIN' ? '/kompetisi' : user?.role === 'EVALUATOR' ? '/penilaian' : null;
  if (!user || !target) return null;
  return (
    <Paper withBorder p="md" mb="lg" radius="sm">
      <Text fw={600}>{t(`work.${user.role}.title`)}</Text>
      <Text mb="xs">{t(`work.${user.role}.text`)}</Text>
      <Anchor component={Link} to={to(target)} fw={600}>
        {t(`work.${user.role}.link`)}
      </Anchor>
    </Paper>
  );
}
