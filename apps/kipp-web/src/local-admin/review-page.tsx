import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { EmptyState, ErrorSummary, type MappedErrors, mapServerErrors, PageHeader, QueryView } from '@simpul/ui';
import { useBasePath, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { useParams } from 'react-router';
import { attachmentKindLabel } from '../desk/attachments-section';
import { KIPP } from '../messages';
import { sectionsFor } from '../shared/enums';
import { ReasonForm } from '../shared/reason-form';
import { ProposalStatusBadge } from '../shared/status-badge';
import { RETURN_PROPOSAL, REVIEW_PROPOSAL, SUBMIT_PROPOSAL, type ReviewProposal } from './local-admin.operations';
import { AttachmentFile } from '../attachments/attachment-file';
import { categoryLabel } from '../shared/category-label';

/** One shared draft for the local admin: read it, then submit it or return it to the desk with notes. */
export function ReviewPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const format = useFormat();
  const { proposalId = '' } = useParams();
  const query = useQuery(REVIEW_PROPOSAL, { id: proposalId });
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('localAdmin.title'), to: to('/admin-lokal') },
  ];
  return (
    <QueryView query={query}>
      {({ proposal }) => {
        // The service hides a draft its desk has not shared (or took back by a return) like a missing one.
        if (!proposal)
          return (
            <>
              <PageHeader title={t('localAdmin.notVisible')} breadcrumbs={crumbs} />
              <EmptyState title={t('localAdmin.notShared')}>{t('localAdmin.notSharedHelp')}</EmptyState>
            </>
          );
        const registration = proposal.competition.stages.find((s) => s.stage === 'REGISTRATION');
        return (
          <>
            <PageHeader
              title={proposal.title}
              breadcrumbs={[...crumbs, { label: proposal.title }]}
              description={
                <Group gap="sm">
                  <ProposalStatusBadge status={proposal.status} />
                  <Text>
                    {proposal.serviceUnit.name} · {proposal.agency.name}
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
                {registration && <Text mb="sm">{t('localAdmin.deadline', { date: format.date(registration.closesOn) })}</Text>}
                <ReviewActions proposal={proposal} onChanged={query.refetch} />
              </div>
            </SimpleGrid>
          </>
        );
      }}
    </QueryView>
  );
}

function ReviewActions({ proposal, onChanged }: { proposal: ReviewProposal; onChanged: () => void }) {
  const t = useT(KIPP);
  const [submit, { loading }] = useMutation(SUBMIT_PROPOSAL);
  const [returnToDesk] = useMutation(RETURN_PROPOSAL);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [submitted, setSubmitted] = useState(false);
  // Kept here: once returned the draft is no longer shared, so the service no longer shows it to us.
  const [returnedNote, setReturnedNote] = useState<string | null>(null);
  if (proposal.status !== 'DRAFT') {
    return (
      <div role="status" aria-live="polite">
        <Alert color={submitted ? 'green' : 'gray'} variant="light">
          {submitted ? `✓ ${t('localAdmin.submitted')}` : t('localAdmin.notDraft')}
        </Alert>
      </div>
    );
  }
  if (returnedNote !== null || !proposal.sharedWithAdmin) {
    const note = returnedNote ?? proposal.returnNote;
    return (
      <div role="status" aria-live="polite">
        <EmptyState title={t('localAdmin.notShared')}>
          {note ? t('localAdmin.returnedWith', { note }) : t('localAdmin.notSharedHelp')}
        </EmptyState>
      </div>
    );
  }

  async function send() {
    const result = await submit({ id: proposal.id });
    // Eligibility refusals list every reason in one message (sections, age, quota, group).
    if (result.errors) return setErrors(mapServerErrors(result.errors, [], () => 'review-submit'));
    setErrors({ fields: {}, summary: [] });
    setSubmitted(true);
    onChanged();
  }

  return (
    <>
      <Paper withBorder p="md" radius="sm" mb="lg">
        <Title order={2} size="h3" mb="xs">
          {t('localAdmin.submitTitle')}
        </Title>
        <Text mb="sm">{t('localAdmin.submitText')}</Text>
        <ErrorSummary errors={errors.summary} />
        <Button id="review-submit" onClick={() => void send()} loading={loading}>
          {t('localAdmin.submit')}
        </Button>
      </Paper>
      <Paper withBorder p="md" radius="sm">
        <Title order={2} size="h3" mb="xs">
          {t('localAdmin.returnTitle')}
        </Title>
        <ReasonForm
          id="review-return"
          label={t('localAdmin.note')}
          hint={t('localAdmin.noteHint')}
          submitLabel={t('localAdmin.return')}
          done={t('localAdmin.returned')}
          onSubmit={async (note) => {
            const result = await returnToDesk({ id: proposal.id, note });
            if (result.errors) return result.errors;
            setReturnedNote(note);
            return null;
          }}
        />
      </Paper>
    </>
  );
}
