import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { addDays, todayIso } from '../shared/dates';
import { ExportButtons } from './export-buttons';
import { MPP_EXPORTS } from './export.messages';
import { EXPORT_DESKS, EXPORT_QUOTAS, EXPORT_TENANCIES, EXPORT_VISITORS } from './export.operations';

function Hint({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** On the tenants page: the tenant list (everyone), and for the mall's manager the service quotas. */
export function TenantDownloads({ mallId, manager }: { mallId: string; manager: boolean }) {
  const t = useT(MPP_EXPORTS);
  const { client } = useSession();
  return (
    <Stack gap={4} mb="md">
      <ExportButtons
        label={t('tenancies')}
        run={async (format) => (await client.request(EXPORT_TENANCIES, { mallId, format })).exportMallTenancies}
      />
      <Hint>{t('tenanciesHint')}</Hint>
      {manager && (
        <>
          <ExportButtons
            label={t('quotas')}
            run={async (format) => (await client.request(EXPORT_QUOTAS, { mallId, format })).exportMallQuotas}
          />
          <Hint>{t('quotasHint')}</Hint>
        </>
      )}
    </Stack>
  );
}

/** On the desk schedule page: desks × weekdays as a file. */
export function DeskDownload({ mallId }: { mallId: string }) {
  const t = useT(MPP_EXPORTS);
  const { client } = useSession();
  return (
    <Stack gap={4} mb="md">
      <ExportButtons label={t('desks')} run={async (format) => (await client.request(EXPORT_DESKS, { mallId, format })).exportMallDesks} />
      <Hint>{t('desksHint')}</Hint>
    </Stack>
  );
}

/** On the visitors page (the mall's manager): desk days of a chosen range, the last 30 days by default. */
export function VisitorsDownload({ mallId }: { mallId: string }) {
  const t = useT(MPP_EXPORTS);
  const { client } = useSession();
  const [to, setTo] = useState(() => todayIso());
  const [from, setFrom] = useState(() => addDays(todayIso(), -29));
  return (
    <Stack gap={4}>
      <Group align="flex-end">
        <TextInput
          id="mpp-export-from"
          type="date"
          label={t('from')}
          value={from}
          onChange={(event) => setFrom(event.currentTarget.value)}
        />
        <TextInput id="mpp-export-to" type="date" label={t('to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} />
      </Group>
      <ExportButtons
        label={t('visitors')}
        run={async (format) => (await client.request(EXPORT_VISITORS, { mallId, from, to, format })).exportMallVisitors}
      />
      <Hint>{t('visitorsHint')}</Hint>
    </Stack>
  );
}
