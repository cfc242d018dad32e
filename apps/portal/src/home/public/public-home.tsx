import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useT } from '@simpul/web-kit';
import { Link } from 'react-router';
import { FRONT } from '../../public/front-door-messages';
import { IkmPanel } from './ikm-panel';
import { IppPanel } from './ipp-panel';
import { KippPanel } from './kipp-panel';
import { MppPanel } from './mpp-panel';
import { NationalMap } from './national-map';
import { OmbudsmanPanel } from './ombudsman-panel';
import { PUBLIC_IKM, PUBLIC_IKM_MAP, PUBLIC_IPP, PUBLIC_KIPP, PUBLIC_MPP, PUBLIC_OMBUDSMAN } from './public-figures-query';

/** What anyone may open without an account, each with where it is. */
const OPEN = [
  { key: 'open.units', to: '/registry' },
  { key: 'open.ipp', to: '/evaluasi' },
  { key: 'open.ikm', to: '/skm/hasil' },
  { key: 'open.kipp', to: '/kipp' },
  { key: 'open.mpp', to: '/mpp/malls' },
  { key: 'open.ombudsman', to: '/evaluasi/ombudsman' },
  { key: 'open.data', to: '/data' },
] as const;

/**
 * The signed-out home's front door (issue #16 §2): what anyone can see, then the national picture —
 * the province map and one chart with its table per figure, each linking to its module. The map and
 * the panels share the queries, so each figure is asked for once.
 */
export function PublicHome() {
  const t = useT(FRONT);
  const ipp = useQuery(PUBLIC_IPP, {});
  const ikm = useQuery(PUBLIC_IKM, {});
  const ikmMap = useQuery(PUBLIC_IKM_MAP, {});
  const mpp = useQuery(PUBLIC_MPP, {});
  const kipp = useQuery(PUBLIC_KIPP, {});
  const ombudsman = useQuery(PUBLIC_OMBUDSMAN, {});
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" component="section" aria-labelledby="open-title">
        <Title order={2} size="h3" mb="sm" id="open-title">
          {t('open.title')}
        </Title>
        <List spacing="xs" size="lg">
          {OPEN.map((item) => (
            <List.Item key={item.key}>
              <Anchor component={Link} to={item.to}>
                {t(item.key)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="national-title">
        <Title order={2} size="h3" id="national-title">
          {t('national.title')}
        </Title>
        <Text>{t('national.intro')}</Text>
        <NationalMap ipp={ipp} ikm={ikmMap} mpp={mpp} ombudsman={ombudsman} />
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <IppPanel query={ipp} />
          <IkmPanel query={ikm} />
          <MppPanel query={mpp} />
          <KippPanel query={kipp} />
          <OmbudsmanPanel query={ombudsman} />
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
