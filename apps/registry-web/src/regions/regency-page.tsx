import { Stack, Title } from '@mantine/core';
import { PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useQuery, useT } from '@simpul/web-kit';
import { useParams } from 'react-router';
import { AgenciesTable } from '../agencies/agencies-table';
import { ListDownload } from '../exports/list-download';
import { REGISTRY } from '../messages';
import { regionCrumbs } from '../shared/crumbs';
import { UnitsTable } from '../units/units-table';
import { REGION } from './region.operations';

/** A kabupaten/kota: its agencies, and every unit located there. */
export function RegencyPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { regencyCode = '' } = useParams();
  const query = useQuery(REGION, { code: regencyCode });
  return (
    <QueryView query={query}>
      {({ region }) => {
        const name = region?.name ?? regencyCode;
        const crumbs = regionCrumbs(region, to, t);
        return (
          <>
            <PageHeader title={name} breadcrumbs={[...crumbs.slice(0, -1), { label: name }]} />
            <Stack gap="xl">
              <div>
                <AgenciesTable filter={{ regionCode: regencyCode }} caption={t('agencies.caption', { region: name })} />
                <ListDownload list="agencies" filter={{ regionCode: regencyCode }} />
              </div>
              <section aria-labelledby="regency-units">
                <Title order={2} id="regency-units" mb="sm">
                  {t('regency.units')}
                </Title>
                <UnitsTable filter={{ regionCode: regencyCode }} caption={t('regency.units')} captionHidden />
                <ListDownload list="units" filter={{ regionCode: regencyCode }} />
              </section>
            </Stack>
          </>
        );
      }}
    </QueryView>
  );
}
