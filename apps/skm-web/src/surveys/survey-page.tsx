import { Anchor, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Code } from '@simpul/ui/mantine-more';
import { PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ResultDownload } from '../exports/result-download';
import { FollowUpsSection } from '../follow-ups/follow-ups-section';
import { ImportSection } from '../imports/import-section';
import { FlaggedSection } from '../integrity/flagged-section';
import { LinksSection } from '../links/links-section';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { ResultSection } from '../results/result-section';
import { SKM_REPORT_TEXT } from '../report/skm-report-messages';
import { canManageSurvey, canReviewSurvey } from '../shared/access';
import { SurveyHistory } from './survey-history';
import { SURVEY } from './survey.operations';

/** One survey: its result first (the page's purpose), then channels, integrity review, paper import and follow-up. */
export function SurveyPage() {
  const { surveyId = '' } = useParams();
  const t = useT(SKM);
  const report = useT(SKM_REPORT_TEXT);
  const to = useBasePath();
  const format = useFormat();
  const labels = useSkmLabels();
  const { user } = useSession();
  const query = useQuery(SURVEY, { id: surveyId });
  // A new paper batch appears in the review list at once.
  const [imports, setImports] = useState(0);
  return (
    <QueryView query={query} errorTitle={t('error.loadTitle')}>
      {({ skmSurvey: survey }) => {
        const manage = canManageSurvey(user, survey);
        const review = canReviewSurvey(user, survey);
        return (
          <Stack gap="xl">
            <PageHeader
              title={survey.title}
              breadcrumbs={[{ label: t('title'), to: to() }, { label: survey.title }]}
              description={t('survey.description', {
                period: labels.period(survey),
                from: format.date(`${survey.startsOn}T12:00:00+07:00`),
                until: format.date(`${survey.endsOn}T12:00:00+07:00`),
              })}
            />
            <ResultSection result={survey.result} />
            {survey.result.ikm && <ResultDownload surveyId={survey.id} />}
            <Divider />
            <Stack gap="xs">
              <Title order={2} size="h3">
                {t('channels.title')}
              </Title>
              {/* Long addresses wrap: at 320 px they widened the page to 504 px. */}
              <Text style={{ overflowWrap: 'anywhere' }}>
                {t('channels.public')} <Anchor href={survey.publicUrl}>{survey.publicUrl}</Anchor>
              </Text>
              <Text style={{ overflowWrap: 'anywhere' }}>
                {t('channels.kiosk')} <Anchor href={survey.kioskUrl}>{survey.kioskUrl}</Anchor>
              </Text>
              <Text>
                {t('channels.code')} <Code>{survey.publicCode}</Code>
              </Text>
              <Group gap="sm" wrap="wrap">
                <Anchor component={Link} to={to(`/surveys/${survey.id}/poster`)} fw={600}>
                  {t('channels.poster')}
                </Anchor>
                <Anchor component={Link} to={to(`/surveys/${survey.id}/report`)} fw={600}>
                  {report('open')}
                </Anchor>
                {manage && (
                  <Anchor component={Link} to={to(`/surveys/${survey.id}/edit`)}>
                    {t('setup.edit')}
                  </Anchor>
                )}
                {/* A desk survey's public page is the desk's own figures, not its unit's quarter. */}
                {survey.deskId ? (
                  <Anchor component={Link} to={to(`/desks/${survey.deskId}/public`)}>
                    {t('channels.publicResults')}
                  </Anchor>
                ) : (
                  survey.serviceUnitId && (
                    <Anchor component={Link} to={to(`/units/${survey.serviceUnitId}/public`)}>
                      {t('channels.publicResults')}
                    </Anchor>
                  )
                )}
              </Group>
            </Stack>
            <Divider />
            <FlaggedSection key={imports} surveyId={survey.id} canReview={review} onChanged={query.refetch} />
            {review && (
              <Anchor component={Link} to={to(`/surveys/${survey.id}/impor`)}>
                {t('batches.link')}
              </Anchor>
            )}
            {manage && (
              <>
                <Divider />
                <LinksSection surveyId={survey.id} title={survey.title} />
              </>
            )}
            {manage && (
              <>
                <Divider />
                <ImportSection
                  surveyId={survey.id}
                  onImported={() => {
                    query.refetch();
                    setImports((n) => n + 1);
                  }}
                />
              </>
            )}
            <Divider />
            <FollowUpsSection
              surveyId={survey.id}
              followUps={nodes(survey.followUps)}
              canManage={manage}
              onChanged={query.refetch}
              elements={
                survey.result.elements.length
                  ? survey.result.elements
                  : survey.elements.map((e) => ({ code: e.code, name: e.name, weak: false }))
              }
            />
            {manage && <SurveyHistory surveyId={survey.id} />}
          </Stack>
        );
      }}
    </QueryView>
  );
}
