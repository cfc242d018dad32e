import { Stack, Text } from '@mantine/core';
import { useSession, useT } from '@simpul/web-kit';
import type { InnovationFilter } from '../__generated__/operations';
import { ExportButtons } from './export-buttons';
import { KIPP_EXPORTS } from './export.messages';
import { EXPORT_INNOVATIONS, EXPORT_PROPOSALS } from './export.operations';

/** Under the public catalogue: the same filter as the list on screen, as a file. */
export function CatalogueDownload({ filter }: { filter: InnovationFilter }) {
  const t = useT(KIPP_EXPORTS);
  const { client } = useSession();
  return (
    <Stack gap={4} my="sm">
      <ExportButtons
        label={t('catalogue')}
        run={async (format) => (await client.request(EXPORT_INNOVATIONS, { filter, format })).exportInnovations}
      />
      <Text size="sm" c="dimmed">
        {t('catalogueHint')}
      </Text>
    </Stack>
  );
}

/** On a competition's proposals tab (national admin): every submitted proposal with its scores per stage. */
export function ProposalsDownload({ competitionId }: { competitionId: string }) {
  const t = useT(KIPP_EXPORTS);
  const { client } = useSession();
  return (
    <Stack gap={4} mb="md">
      <ExportButtons
        label={t('proposals')}
        run={async (format) => (await client.request(EXPORT_PROPOSALS, { competitionId, format })).exportProposals}
      />
      <Text size="sm" c="dimmed">
        {t('proposalsHint')}
      </Text>
    </Stack>
  );
}
