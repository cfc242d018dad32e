import { Tabs } from '@simpul/ui/mantine-more';
import { EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { useParams, useSearchParams } from 'react-router';
import { KIPP } from '../messages';
import { COMPETITION } from './admin.operations';
import { AssessmentSection } from './assessment-section';
import { CalendarSection } from './calendar-section';
import { DecisionsSection } from './decisions-section';
import { ObjectionsSection } from './objections-section';
import { ProposalsSection } from './proposals-section';
import { RubricSection } from './rubric-section';
import { ShortlistSection } from './shortlist-section';
import { currentStage } from './stage-state';
import { ProposalsDownload } from '../exports/downloads';

const TABS = ['calendar', 'rubrics', 'proposals', 'assessment', 'top99', 'objections', 'top45', 'decisions'] as const;

/** One competition for the national admin, one tab per part of the funnel; the tab is kept in the address. */
export function CompetitionPage() {
  const t = useT(KIPP);
  const format = useFormat();
  const to = useBasePath();
  const { user } = useSession();
  const { competitionId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useQuery(COMPETITION, { id: competitionId }, { skip: user?.role !== 'NATIONAL_ADMIN' });
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('admin.competitions'), to: to('/kompetisi') },
  ];
  if (user?.role !== 'NATIONAL_ADMIN') {
    return (
      <>
        <PageHeader title={t('admin.competitions')} breadcrumbs={crumbs} />
        <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>
      </>
    );
  }
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as string) : 'calendar';
  return (
    <QueryView query={query}>
      {({ competition }) => {
        if (!competition) return <PageHeader title={t('admin.competitionNotFound')} breadcrumbs={crumbs} />;
        const stage = currentStage(competition.stages);
        return (
          <>
            <PageHeader
              title={competition.title}
              breadcrumbs={[...crumbs, { label: String(competition.year) }]}
              description={
                !stage
                  ? t('admin.allDecided')
                  : stage.state === 'upcoming'
                    ? t('admin.nextStage', { stage: t(`stage.${stage.stage}`), date: format.date(stage.opensOn) })
                    : t('admin.currentStage', { stage: t(`stage.${stage.stage}`) })
              }
            />
            <Tabs value={tab} onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })} keepMounted={false}>
              <Tabs.List mb="lg">
                {TABS.map((key) => (
                  <Tabs.Tab key={key} value={key}>
                    {t(`tab.${key}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="calendar">
                <CalendarSection competition={competition} onChanged={query.refetch} />
              </Tabs.Panel>
              <Tabs.Panel value="rubrics">
                <RubricSection competition={competition} />
              </Tabs.Panel>
              <Tabs.Panel value="proposals">
                <ProposalsDownload competitionId={competition.id} />
                <ProposalsSection competition={competition} />
              </Tabs.Panel>
              <Tabs.Panel value="assessment">
                <AssessmentSection competition={competition} />
              </Tabs.Panel>
              <Tabs.Panel value="top99">
                <ShortlistSection competition={competition} tier="TOP99" onChanged={query.refetch} />
              </Tabs.Panel>
              <Tabs.Panel value="objections">
                <ObjectionsSection competition={competition} />
              </Tabs.Panel>
              <Tabs.Panel value="top45">
                <ShortlistSection competition={competition} tier="TOP45" onChanged={query.refetch} />
              </Tabs.Panel>
              <Tabs.Panel value="decisions">
                <DecisionsSection competition={competition} />
              </Tabs.Panel>
            </Tabs>
          </>
        );
      }}
    </QueryView>
  );
}
