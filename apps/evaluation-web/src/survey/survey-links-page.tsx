import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, PageHeader, TextField, QrCode, QueryView } from '@simpul/ui';
import { useMutation, useQuery, useT, useBasePath, nodes } from '@simpul/web-kit';
import { useState } from 'react';
import { useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { LOKUS } from '../lokus/lokus.operations';
import { ISSUE_SURVEY_LINKS, SURVEY_LINKS } from '../lokus/work.operations';
import { PRINT_STYLES } from '../report/print-styles';

/** F-03 for one lokus: progress against the minimum, one-time links, and A4 posters with their QR codes. */
export function SurveyLinksPage() {
  const { lokusId = '' } = useParams();
  const t = useT(EVALUATION);
  const to = useBasePath();
  const lokus = useQuery(LOKUS, { id: lokusId });
  // One print run: the links issued so far, up to the largest page (a lokus needs at most its maximum respondents).
  const links = useQuery(SURVEY_LINKS, { lokusId, first: 100, after: null });
  const [count, setCount] = useState('10');
  const [issue, state] = useMutation(ISSUE_SURVEY_LINKS);
  const unused = nodes(links.data?.surveyLinks).filter((l) => !l.usedAt);
  // Never rejects: the mutation resolves to the errors shown in the summary, so the button fires it without awaiting.
  async function issueLinks() {
    // The header's "n tautan diterbitkan" comes from the lokus: reload it with the links.
    if ((await issue({ lokusId, count: Number(count) })).data) {
      links.refetch();
      lokus.refetch();
    }
  }
  return (
    <QueryView query={lokus}>
      {({ lokusById }) => (
        <Stack gap="lg" className="simpul-rapor">
          <style>{PRINT_STYLES}</style>
          <div className="no-print">
            <PageHeader
              title={t('links.title', { unit: lokusById.unitName })}
              description={
                lokusById.survey
                  ? t('links.progress', {
                      respondents: lokusById.survey.respondents,
                      min: lokusById.survey.minRespondents,
                      max: lokusById.survey.maxRespondents,
                      issued: lokusById.survey.linksIssued,
                    })
                  : undefined
              }
              breadcrumbs={[
                { label: t('title'), to: to() },
                { label: lokusById.cycle.name, to: to(`/cycles/${lokusById.cycleId}`) },
                { label: lokusById.unitName, to: to(`/lokus/${lokusById.id}`) },
                { label: t('links.crumb') },
              ]}
            />
            <ErrorSummary errors={(state.errors ?? []).map((e) => ({ fieldId: 'links-count', message: e.message }))} />
            <Group align="flex-end">
              <TextField
                id="links-count"
                type="number"
                min={1}
                max={100}
                label={t('links.count')}
                value={count}
                onChange={(e) => setCount(e.currentTarget.value)}
                w={160}
              />
              <Button loading={state.loading} onClick={() => void issueLinks()}>
                {t('links.issue')}
              </Button>
              <Button variant="default" onClick={() => window.print()} disabled={unused.length === 0}>
                {t('links.print')}
              </Button>
            </Group>
            <Text size="sm" mt="xs" aria-live="polite">
              {t('links.unused', { count: unused.length })}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {unused.map((link) => (
              <Paper key={link.token} withBorder p="lg" className="simpul-poster">
                <Stack align="center" gap="sm">
                  <Title order={2} size="h3" ta="center">
                    {t('poster.heading')}
                  </Title>
                  <Text ta="center" fw={700}>
                    {lokusById.unitName}
                  </Text>
                  <QrCode value={link.url} label={t('poster.qrLabel', { unit: lokusById.unitName })} />
                  <Text ta="center">{t('poster.instructions')}</Text>
                  <Text ta="center" size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {link.url}
                  </Text>
                  <Text ta="center" size="xs">
                    {t('poster.once')}
                  </Text>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </QueryView>
  );
}
