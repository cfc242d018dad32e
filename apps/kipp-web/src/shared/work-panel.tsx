import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import { useBasePath, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { KIPP } from '../messages';
import { useKippRoles, WORK_PATHS, workAreas } from './kipp-roles';

/**
 * The signed-in person's own KIPP work, one card per KIPP role they hold (a desk can also be its
 * agency's local admin); the public sees nothing here.
 */
export function WorkPanel() {
  const t = useT(KIPP);
  const to = useBasePath();
  const roles = useKippRoles();
  const areas = workAreas(roles);
  if (areas.length === 0) return null;
  return (
    <nav aria-label={t('work.navigation')}>
      <SimpleGrid cols={{ base: 1, sm: Math.min(areas.length, 3) }} mb="lg">
        {areas.map((area) => (
          <Paper key={area} withBorder p="md" radius="sm">
            <Text fw={600}>{t(`work.${area}.title`)}</Text>
            <Text mb="xs">
              {area === 'localAdmin' && roles
                ? t('work.localAdmin.text', { agencies: roles.localAdminOf.map((binding) => binding.agency.name).join(', ') })
                : t(`work.${area}.text`)}
            </Text>
            <Anchor component={Link} to={to(WORK_PATHS[area])} fw={600}>
              {t(`work.${area}.link`)}
            </Anchor>
          </Paper>
        ))}
      </SimpleGrid>
    </nav>
  );
}
