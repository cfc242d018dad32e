import { Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useBasePath, useQuery, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { SURVEY } from '../surveys/survey.operations';
import { QrCode, QueryView } from '@simpul/ui';

// Print styles: only the poster prints, on ONE A4 page, whatever the portal draws around it. Hiding
// the rest with visibility kept its height (a blank second page); it is taken out of the layout
// instead, and the poster's ancestors lose their own height and spacing.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
@media print {
  html, body { height: auto !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important; }
  body *:not(:has(.skm-poster)):not(.skm-poster):not(.skm-poster *) { display: none !important; }
  body *:has(.skm-poster) { height: auto !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important; border: none !important; box-shadow: none !important; position: static !important; }
  .skm-poster { width: 100% !important; max-width: none !important; max-height: 270mm; overflow: hidden; border: none !important; padding: 0 !important; break-inside: avoid; page-break-after: avoid; }
  .skm-no-print { display: none !important; }
}`;

/** A printable A4 poster with the survey's QR code, in both languages, and the address for people who cannot scan. */
export function PosterPage() {
  const { surveyId = '' } = useParams();
  const t = useT(SKM);
  const to = useBasePath();
  const labels = useSkmLabels();
  const query = useQuery(SURVEY, { id: surveyId });
  return (
    <QueryView query={query} errorTitle={t('error.loadTitle')}>
      {({ skmSurvey: survey }) => (
        <Stack>
          <style>{PRINT_CSS}</style>
          <Group className="skm-no-print" justify="space-between">
            <Anchor component={Link} to={to(`/surveys/${survey.id}`)}>
              {t('poster.back')}
            </Anchor>
            <Button onClick={() => window.print()}>{t('poster.print')}</Button>
          </Group>
          <Box className="skm-poster" maw="210mm" p="xl" style={{ border: '1px solid #ced4da', textAlign: 'center' }}>
            <Title order={1} size={40}>
              Bagaimana pelayanan kami hari ini?
            </Title>
            <Text size="xl" fs="italic" lang="en">
              How was our service today?
            </Text>
            <Text size="24px" fw={700} mt="lg">
              {survey.serviceUnit?.name ?? survey.title}
            </Text>
            {/* A desk is shared by several tenants through the week: name the desk's survey too, so the poster says which counter it belongs to. */}
            {survey.deskId && survey.serviceUnit && (
              <Text size="lg" fw={600}>
                {survey.title}
              </Text>
            )}
            <Group justify="center" my="xl">
              <QrCode value={survey.publicUrl} size={360} label={t('poster.qrLabel', { url: survey.publicUrl })} />
            </Group>
            {/* The count follows the survey: a unit may add elements to the nine of PermenPANRB 14/2017. */}
            <Text size="xl">Pindai kode QR dengan kamera ponsel Anda. Hanya {survey.elements.length} pertanyaan, tanpa nama atau NIK.</Text>
            <Text size="lg" lang="en">
              Scan the QR code with your phone camera. Only {survey.elements.length} questions, no name or ID number.
            </Text>
            <Text size="lg" mt="lg" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {survey.publicUrl}
            </Text>
            <Text mt="md">
              {labels.period(survey)} · {t('poster.code')} {survey.publicCode}
            </Text>
          </Box>
        </Stack>
      )}
    </QueryView>
  );
}
