import { Alert, Anchor, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { EmptyState, mapServerErrors, PageHeader, QueryView, SelectField, TextAreaField, TextField } from '@simpul/ui';
import { useBasePath, useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { KIPP } from '../messages';
import { sectionsFor, type SectionKey } from '../shared/enums';
import { ProposalStatusBadge } from '../shared/status-badge';
import { AttachmentsSection } from './attachments-section';
import { useAutosave, type AutosaveState } from './autosave';
import { PROPOSAL_DRAFT, SAVE_PROPOSAL, SHARE_PROPOSAL, type ProposalDraft } from './desk.operations';
import { categoryLabel } from '../shared/category-label';

/** One proposal for its desk: an autosaving draft, or what was sent and where it stands. */
export function ProposalPage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { proposalId = '' } = useParams();
  const query = useQuery(PROPOSAL_DRAFT, { id: proposalId });
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('desk.title'), to: to('/usulan') },
  ];
  return (
    <QueryView query={query}>
      {({ proposal }) =>
        !proposal ? (
          <>
            <PageHeader title={t('proposal.notFound')} breadcrumbs={crumbs} />
            <Anchor component={Link} to={to('/usulan')}>
              {t('proposal.back')}
            </Anchor>
          </>
        ) : (
          <>
            <PageHeader
              title={proposal.title}
              breadcrumbs={[...crumbs, { label: proposal.title }]}
              description={
                <Group gap="sm">
                  <ProposalStatusBadge status={proposal.status} />
                  <Text>
                    {t('proposal.meta', {
                      year: proposal.competition.year,
                      group: t(`group.${proposal.group}`),
                      category: categoryLabel(proposal.category, t),
                    })}
                  </Text>
                </Group>
              }
            />
            {proposal.returnNote && proposal.status === 'DRAFT' && (
              <Alert color="orange" variant="light" title={t('proposal.returned')} mb="md">
                {proposal.returnNote}
              </Alert>
            )}
            {proposal.status === 'DRAFT' ? (
              // A reload after a conflict starts a fresh form on the newest version.
              <DraftForm key={`${proposal.id}-${proposal.version}`} proposal={proposal} onReload={query.refetch} />
            ) : (
              <ReadOnlyProposal proposal={proposal} />
            )}
          </>
        )
      }
    </QueryView>
  );
}

const sectionId = (key: SectionKey) => `section-${key}`;
const FIELDS = ['title', 'category', 'innovationStartedOn', 'videoUrl', ...sectionsFor('REPLIKASI').map((key) => `sections.${key}`)];
const fieldId = (field: string) => (field.startsWith('sections.') ? sectionId(field.slice(9) as SectionKey) : `draft-${field}`);

function DraftForm({ proposal, onReload }: { proposal: ProposalDraft; onReload: () => void }) {
  const t = useT(KIPP);
  const [saveProposal] = useMutation(SAVE_PROPOSAL);
  const [share, shareState] = useMutation(SHARE_PROPOSAL);
  const autosave = useAutosave(proposal.id, proposal.version, saveProposal);
  const [shared, setShared] = useState(proposal.sharedWithAdmin);
  const [values, setValues] = useState({
    title: proposal.title,
    category: proposal.category,
    innovationStartedOn: proposal.innovationStartedOn,
    videoUrl: proposal.videoUrl ?? '',
    sections: Object.fromEntries(sectionsFor(proposal.group).map((key) => [key, proposal.sections[key] ?? ''])) as Record<
      SectionKey,
      string
    >,
  });
  const errors = autosave.state.errors ? mapServerErrors(autosave.state.errors, FIELDS, fieldId).fields : {};
  const filled = sectionsFor(proposal.group).filter((key) => values.sections[key]?.trim()).length;
  const total = sectionsFor(proposal.group).length;

  async function shareWithAdmin() {
    await autosave.flush();
    const result = await share({ id: proposal.id });
    if (result.data) {
      setShared(result.data.shareProposal.sharedWithAdmin);
      autosave.setVersion(result.data.shareProposal.version);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void autosave.flush();
      }}
    >
      <AutosaveStatus state={autosave.state} onReload={onReload} />
      <Grid>
        <Grid.Col span={12}>
          <TextField
            id={fieldId('title')}
            label={t('field.title')}
            value={values.title}
            error={errors['title']}
            onChange={(e) => {
              const title = e.currentTarget.value;
              setValues({ ...values, title });
              if (title.trim()) autosave.change({ title });
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <SelectField
            id={fieldId('category')}
            label={t('field.category')}
            value={values.category}
            error={errors['category']}
            data={proposal.competition.categories.map((category) => ({ value: category, label: categoryLabel(category, t) }))}
            onChange={(e) => {
              const category = e.currentTarget.value;
              setValues({ ...values, category });
              autosave.change({ category });
            }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextField
            id={fieldId('innovationStartedOn')}
            type="date"
            label={t('field.innovationStartedOn')}
            description={t('field.innovationStartedOnHint')}
            value={values.innovationStartedOn}
            error={errors['innovationStartedOn']}
            onChange={(e) => {
              const innovationStartedOn = e.currentTarget.value;
              setValues({ ...values, innovationStartedOn });
              if (innovationStartedOn) autosave.change({ innovationStartedOn });
            }}
          />
        </Grid.Col>
      </Grid>
      <Title order={2} size="h3" mt="xl" mb={4}>
        {t('proposal.sections')}
      </Title>
      <Text mb="md">{t('proposal.sectionsFilled', { filled, total })}</Text>
      <Stack gap="md">
        {sectionsFor(proposal.group).map((key) => (
          <TextAreaField
            key={key}
            id={sectionId(key)}
            label={t(`section.${key}`)}
            description={t(`section.${key}.hint`)}
            minRows={3}
            value={values.sections[key]}
            error={errors[`sections.${key}`]}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setValues({ ...values, sections: { ...values.sections, [key]: text } });
              autosave.change({ sections: { [key]: text } });
            }}
          />
        ))}
        <TextField
          id={fieldId('videoUrl')}
          type="url"
          label={t('field.videoUrl')}
          description={t('field.videoUrlHint')}
          value={values.videoUrl}
          error={errors['videoUrl']}
          onChange={(e) => {
            const videoUrl = e.currentTarget.value;
            setValues({ ...values, videoUrl });
            autosave.change({ videoUrl: videoUrl.trim() || null });
          }}
        />
      </Stack>
      <Group mt="md">
        <Button
          type="submit"
          variant="default"
          loading={autosave.state.status === 'saving'}
          disabled={autosave.state.status === 'conflict'}
        >
          {t('proposal.saveNow')}
        </Button>
      </Group>
      <AttachmentsSection proposalId={proposal.id} initial={proposal.attachments} />
      <Stack mt="xl" gap="xs" component="section" aria-labelledby="share-heading">
        <Title order={2} size="h3" id="share-heading">
          {t('proposal.shareTitle')}
        </Title>
        <Text>{t('proposal.shareText')}</Text>
        <div role="status" aria-live="polite">
          {shared && <Text fw={600}>✓ {t('proposal.sharedDone')}</Text>}
        </div>
        {shareState.errors && (
          <Alert color="red" role="alert">
            {shareState.errors.map((e) => e.message).join(' ')}
          </Alert>
        )}
        {!shared && (
          <Group>
            <Button
              type="button"
              onClick={() => void shareWithAdmin()}
              loading={shareState.loading}
              disabled={autosave.state.status === 'conflict'}
            >
              {t('proposal.share')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** Saved / saving / a refused value / a stale version, said in words where screen readers hear it. */
export function AutosaveStatus({ state, onReload }: { state: AutosaveState; onReload: () => void }) {
  const t = useT(KIPP);
  const format = useFormat();
  if (state.status === 'conflict') {
    return (
      <Alert color="red" variant="light" role="alert" title={t('autosave.conflictTitle')} mb="md">
        <Text mb="sm">{state.errors?.map((e) => e.message).join(' ')}</Text>
        <Text mb="sm">{t('autosave.conflictHelp')}</Text>
        <Button color="red.8" onClick={onReload}>
          {t('autosave.reload')}
        </Button>
      </Alert>
    );
  }
  const text =
    state.status === 'saving'
      ? t('autosave.saving')
      : state.status === 'pending'
        ? t('autosave.pending')
        : state.status === 'saved'
          ? t('autosave.saved', { version: state.version, time: state.savedAt ? format.date(state.savedAt) : '' })
          : state.status === 'error'
            ? t('autosave.error', { message: state.errors?.map((e) => e.message).join(' ') ?? '' })
            : t('autosave.idle', { version: state.version });
  return (
    <Text
      role="status"
      aria-live="polite"
      mb="md"
      fw={state.status === 'error' ? 700 : 400}
      c={state.status === 'error' ? 'red.9' : undefined}
    >
      {state.status === 'error' ? '✕ ' : state.status === 'saved' ? '✓ ' : ''}
      {text}
    </Text>
  );
}

function ReadOnlyProposal({ proposal }: { proposal: ProposalDraft }) {
  const t = useT(KIPP);
  const format = useFormat();
  return (
    <>
      {proposal.submittedAt && <Text mb="md">{t('proposal.submittedOn', { date: format.date(proposal.submittedAt) })}</Text>}
      {sectionsFor(proposal.group).map((key) => (
        <section key={key}>
          <Title order={2} size="h4" mt="md">
            {t(`section.${key}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{proposal.sections[key] || t('proposal.emptySection')}</Text>
        </section>
      ))}
      {proposal.videoUrl && (
        <Text mt="md">
          {t('field.videoUrl')}: <Anchor href={proposal.videoUrl}>{proposal.videoUrl}</Anchor>
        </Text>
      )}
      {proposal.attachments.length === 0 && <EmptyState title={t('attachments.none')} />}
    </>
  );
}
