import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import type { SkmExportView } from '../__generated__/operations';
import { ExportButtons } from './export-buttons';
import { SKM_EXPORTS } from './export.messages';
import { EXPORT_SKM_RESULT } from './export.operations';

const VIEWS: readonly SkmExportView[] = ['ELEMENTS', 'SERVICES', 'RESPONDENT_PROFILE'];

/** On a survey's page: its result as a file, per element, per service or per respondent profile group. */
export function ResultDownload({ surveyId }: { surveyId: string }) {
  const t = useT(SKM_EXPORTS);
  const { client } = useSession();
  const [view, setView] = useState<SkmExportView>('ELEMENTS');
  return (
    <Stack gap="xs" component="section" aria-labelledby="skm-result-download">
      <Title order={2} size="h3" id="skm-result-download">
        {t('title')}
      </Title>
      <NativeSelect
        id="skm-export-view"
        label={t('view')}
        value={view}
        onChange={(event) => setView(event.currentTarget.value as SkmExportView)}
        data={VIEWS.map((value) => ({ value, label: t(`view.${value}`) }))}
        maw={360}
      />
      <ExportButtons
        label={`${t('title')}: ${t(`view.${view}`)}`}
        run={async (format) => (await client.request(EXPORT_SKM_RESULT, { surveyId, view, format })).exportSkmResult}
      />
      <Text size="sm" c="dimmed">
        {t('hint')}
      </Text>
    </Stack>
  );
}
