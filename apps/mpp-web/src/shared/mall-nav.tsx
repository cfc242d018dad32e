import { Anchor, Group } from '@mantine/core';
import { useBasePath, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { MPP } from '../messages';
import { MPP_QUEUE_KEYS } from '../queue-keys/queue-keys-messages';
import { MPP_REPORT_TEXT } from '../report/mpp-report-messages';

export type MallSection = 'dashboard' | 'profile' | 'tenants' | 'desks' | 'visitors' | 'report' | 'queueKeys';

const SECTIONS: { key: MallSection; path: string }[] = [
  { key: 'dashboard', path: '' },
  { key: 'tenants', path: '/tenants' },
  { key: 'desks', path: '/desks' },
  { key: 'visitors', path: '/visitors' },
  { key: 'profile', path: '/profile' },
  { key: 'report', path: '/report' },
  { key: 'queueKeys', path: '/queue-keys' },
];

/** The operator's pages of one mall, as links; the current one is marked for screen readers too. */
export function MallNav({ mallId, current }: { mallId: string; current: MallSection }) {
  const t = useT(MPP);
  const report = useT(MPP_REPORT_TEXT);
  const queueKeys = useT(MPP_QUEUE_KEYS);
  const to = useBasePath();
  return (
    <nav aria-label={t('nav.label')}>
      <Group
        component="ul"
        gap="lg"
        mb="lg"
        style={{ listStyle: 'none', padding: 0, margin: 0, borderBottom: '1px solid #dee2e6' }}
        wrap="wrap"
      >
        {SECTIONS.map((section) => {
          const active = section.key === current;
          return (
            <li key={section.key}>
              <Anchor
                component={Link}
                to={to(`/malls/${mallId}${section.path}`)}
                aria-current={active ? 'page' : undefined}
                fw={active ? 700 : 500}
                c={active ? 'simpul.8' : 'dark'}
                underline={active ? 'never' : 'hover'}
                style={{ display: 'inline-block', paddingBlock: 8, borderBottom: active ? '3px solid #0b57a8' : '3px solid transparent' }}
              >
                {section.key === 'report' ? report('crumb') : section.key === 'queueKeys' ? queueKeys('nav') : t(`nav.${section.key}`)}
              </Anchor>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
