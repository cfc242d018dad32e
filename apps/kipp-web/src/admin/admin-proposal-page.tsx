import { Anchor, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { CategoryBadge, EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { nodes, useBasePath, useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { useParams } from 'react-router';
import { KIPP } from '../messages';
import { attachmentKindLabel } from '../desk/attachments-section';
import { sectionsFor } from '../shared/enums';
import { ProposalStatusBadge } from '../shared/status-badge';
import { AdminCheckForm } from './admin-check-form';
import { ADMIN_PROPOSAL } from './admin.operations';
import { AggregateTable } from './aggregate-table';
import { DecisionTable } from './decisions-section';
import { AttachmentFile } from '../attachments/attachment-file';
import { categoryLabel } from '../shared/category-label';

/** One proposal for the national admin: its content, the administrative check, the scores and its decision trail. */
export function AdminProposalPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const { user } = useSession();
  const { competitionId = '', proposalId = '' } = useParams();
  const query = useQuery(ADMIN_PROPOSAL, { id: proposalId, competitionId }, { skip: user?.role !== 'NATIONAL_ADMIN' });
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('admin.competitions'), to: to('/kompetisi') },
    { label: t('tab.proposals'), to: to(`/kompetisi/${competitionId}?tab=proposals`) },
  ];
  if (user?.role !== 'NATIONAL_ADMIN') return <EmptyState title={t('admin.onlyAdmin')}>{t('admin.onlyAdminHelp')}</EmptyState>;
  return (
    <QueryView query={query}>
      {({ proposal, administrativeChecklist, decisions }) => {
        if (!proposal) return <PageHeader title={t('proposal.notFound')} breadcrumbs={crumbs} />;
        const names = Object.fromEntries(proposal.assignments.map((a) => [a.evaluatorId, a.evaluatorName]));
        const checkOpen = ['SUBMITTED', 'ADMIN_PASSED', 'ADMIN_FAILED'].includes(proposal.status);
        return (
          <>
            <PageHeader
              title={proposal.title}
              breadcrumbs={[...crumbs, { label: proposal.title }]}
              description={
                <Group gap="sm">
                  <ProposalStatusBadge status={proposal.status} />
                  <Text>
                    {proposal.agency.name} · {proposal.region.name}
                    {proposal.in3tRegion ? ` · ${t('in3t.3T')}` : ''}
                  </Text>
                </Group>
              }
            />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
              <div>
                <Title order={2} size="h3" mb="xs">
                  {t('proposal.sections')}
                </Title>
                <Text size="sm" mb="sm">
                  {t('proposal.groupCategory', { group: t(`group.${proposal.group}`), category: categoryLabel(proposal.category, t) })} ·{' '}
                  {t('field.innovationStartedOn')}: {format.date(proposal.innovationStartedOn)}
                </Text>
                {sectionsFor(proposal.group).map((key) => (
                  <section key={key}>
                    <Title order={3} size="h5" mt="sm">
                      {t(`section.${key}`)}
                    </Title>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {proposal.sections[key] || t('proposal.emptySection')}
                    </Text>
                  </section>
                ))}
                {proposal.videoUrl && (
                  <Text mt="sm">
                    {t('field.videoUrl')}: <Anchor href={proposal.videoUrl}>{proposal.videoUrl}</Anchor>
                  </Text>
                )}
                <Title order={3} size="h5" mt="sm">
                  {t('attachments.title')}
                </Title>
                {proposal.attachments.length ? (
                  <List>
                    {proposal.attachments.map((a) => (
                      <List.Item key={a.id}>
                        {attachmentKindLabel(a.kind, t)}: <AttachmentFile attachment={a} />
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm">{t('attachments.none')}</Text>
                )}
              </div>
              <div>
                <Paper withBorder p="md" radius="sm" mb="lg">
                  <Title order={2} size="h3" mb="xs">
                    {t('adminCheck.title')}
                  </Title>
                  {proposal.administrativeCheck && (
                    <Group gap="xs" mb="sm">
                      <CategoryBadge
                        tone={proposal.administrativeCheck.passed ? 'success' : 'danger'}
                        label={t(proposal.administrativeCheck.passed ? 'adminCheck.passed' : 'adminCheck.failed')}
                      />
                      <Text size="sm">
                        {proposal.administrativeCheck.reason} ({format.date(proposal.administrativeCheck.decidedAt)})
                      </Text>
                    </Group>
                  )}
                  {checkOpen ? (
                    <AdminCheckForm proposal={proposal} checklist={administrativeChecklist} onRecorded={query.refetch} />
                  ) : (
                    <Text>{t(proposal.status === 'DRAFT' ? 'adminCheck.notSubmitted' : 'adminCheck.closed')}</Text>
                  )}
                </Paper>
                <Title order={2} size="h3" mb="xs">
                  {t('stage.DESK_ASSESSMENT')}
                </Title>
                {proposal.assignments.length > 0 && (
                  <Text size="sm" mb="xs">
                    {t('aggregate.assigned', {
                      names: proposal.assignments
                        .filter((a) => a.stage === 'DESK_ASSESSMENT')
                        .map((a) => `${a.evaluatorName}${a.scored ? ' ✓' : ''}`)
                        .join(', '),
                    })}
                  </Text>
                )}
                {proposal.assessment ? (
                  <AggregateTable aggregate={proposal.assessment} names={names} />
                ) : (
                  <Text mb="md">{t('aggregate.none')}</Text>
                )}
                {proposal.presentation && (
                  <>
                    <Title order={2} size="h3" mt="lg" mb="xs">
                      {t('stage.PRESENTATION')}
                    </Title>
                    <AggregateTable aggregate={proposal.presentation} names={names} />
                  </>
                )}
                {proposal.fieldVerifications.length > 0 && (
                  <>
                    <Title order={2} size="h3" mt="lg" mb="xs">
                      {t('stage.FIELD_VERIFICATION')}
                    </Title>
                    <List>
                      {proposal.fieldVerifications.map((v) => (
                        <List.Item key={v.id}>
                          {v.panel} · {format.date(v.visitedOn)}: {v.notes}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </div>
            </SimpleGrid>
            <Title order={2} size="h3" mt="xl" mb="xs">
              {t('decisions.title')}
            </Title>
            <DecisionTable decisions={nodes(decisions)} />
          </>
        );
      }}
    </QueryView>
  );
}
