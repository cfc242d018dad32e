import { Alert, Anchor, Button, Grid, Group, List, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import {
  EmptyState,
  ErrorSummary,
  localErrors,
  type MappedErrors,
  mapServerErrors,
  PageHeader,
  QueryView,
  TextAreaField,
  TextField,
} from '@simpul/ui';
import { useBasePath, useFormat, useLanguage, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { attachmentKindLabel } from '../desk/attachments-section';
import { KIPP } from '../messages';
import { sectionsFor, type KippStage } from '../shared/enums';
import { weightPercent } from '../shared/weight-percent';
import { SCORING_PROPOSAL, SUBMIT_SCORE, type KippRubric, type ScoringProposal } from './evaluator.operations';
import { FieldVerificationSection } from './field-verification-section';
import { liveScore, parseScore } from './live-score';
import { AttachmentFile } from '../attachments/attachment-file';
import { categoryLabel } from '../shared/category-label';

/** Reading the proposal beside the rubric of its stage and group, with the total computed as scores are typed. */
export function ScorePage() {
  const t = useT(KIPP);
  const to = useBasePath();
  const { proposalId = '' } = useParams();
  const [params] = useSearchParams();
  const stage = (params.get('tahap') ?? 'DESK_ASSESSMENT') as KippStage;
  const query = useQuery(SCORING_PROPOSAL, { id: proposalId });
  const crumbs = [
    { label: t('title'), to: to() },
    { label: t('evaluator.title'), to: to('/penilaian') },
  ];
  return (
    <QueryView query={query}>
      {({ proposal }) => {
        if (!proposal) return <PageHeader title={t('proposal.notFound')} breadcrumbs={crumbs} />;
        const window = proposal.competition.stages.find((s) => s.stage === stage);
        const rubric = window?.rubrics.find((r) => r.group === proposal.group) ?? null;
        return (
          <>
            <PageHeader
              title={proposal.title}
              breadcrumbs={[...crumbs, { label: proposal.title }]}
              description={t('score.description', {
                stage: t(`stage.${stage}`),
                group: t(`group.${proposal.group}`),
                category: categoryLabel(proposal.category, t),
              })}
            />
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
              <ProposalText proposal={proposal} />
              <div>
                {window?.decidedAt ? (
                  <Alert color="gray">{t('score.stageDecided')}</Alert>
                ) : rubric ? (
                  <ScoreForm proposal={proposal} stage={stage} rubric={rubric} />
                ) : (
                  <EmptyState title={t('score.noRubric')} />
                )}
                {proposal.status === 'TOP99' && <FieldVerificationSection proposal={proposal} onRecorded={query.refetch} />}
              </div>
            </SimpleGrid>
          </>
        );
      }}
    </QueryView>
  );
}

function ProposalText({ proposal }: { proposal: ScoringProposal }) {
  const t = useT(KIPP);
  return (
    <div>
      <Title order={2} size="h3" mb="xs">
        {t('proposal.sections')}
      </Title>
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
      {/* Evaluators judge the evidence too (the SK, photos, data), not only the text. */}
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
  );
}

const criterionId = (code: string) => `score-${code}`;

function ScoreForm({ proposal, stage, rubric }: { proposal: ScoringProposal; stage: KippStage; rubric: KippRubric }) {
  const t = useT(KIPP);
  const format = useFormat();
  const [language] = useLanguage();
  const [submit, { loading }] = useMutation(SUBMIT_SCORE);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saved, setSaved] = useState<number | null>(null);
  const live = liveScore(rubric, texts, (min, max) => t('score.outOfRange', { min, max }), t('score.notANumber'));
  const fields = [...rubric.criteria.map((c) => `criteria.${c.code}`), 'comment'];
  const fieldId = (field: string) =>
    field.startsWith('criteria.')
      ? criterionId(field.slice(9))
      : field.startsWith('scores.')
        ? criterionId(field.slice(7))
        : 'score-comment';
  const name = (c: KippRubric['criteria'][number]) => (language === 'en' ? c.nameEn : c.name);

  async function send(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const local: Record<string, string> = {};
    for (const c of rubric.criteria) {
      const text = texts[c.code] ?? '';
      if (!text.trim()) local[`criteria.${c.code}`] = t('score.required', { criterion: name(c) });
      else if (live.kind === 'incomplete' && live.invalid[c.code]) local[`criteria.${c.code}`] = `${name(c)}: ${live.invalid[c.code]}`;
    }
    if (!comment.trim()) local['comment'] = t('score.commentRequired');
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await submit({
      input: {
        proposalId: proposal.id,
        stage,
        comment: comment.trim(),
        criteria: rubric.criteria.map((c) => ({
          code: c.code,
          score: parseScore(texts[c.code]) ?? 0,
          comment: notes[c.code]?.trim() || null,
        })),
      },
    });
    if (result.errors) {
      const mapped = mapServerErrors(
        result.errors.map((e) => ({ ...e, field: e.field?.replace(/^(input\.)?scores\./, 'criteria.') ?? null })),
        fields,
        fieldId,
      );
      return setErrors(mapped);
    }
    setErrors({ fields: {}, summary: [] });
    setSaved(result.data.submitScore.total);
  }

  return (
    <Paper withBorder p="lg" radius="sm" component="section" aria-labelledby="score-heading">
      <Title order={2} size="h3" id="score-heading">
        {t('score.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('score.scale', { min: rubric.scaleMin, max: rubric.scaleMax, rubric: rubric.title })}
      </Text>
      <form noValidate onSubmit={(event) => void send(event)}>
        <ErrorSummary errors={errors.summary} />
        {rubric.criteria.map((c) => (
          <Grid key={c.code} mb="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextField
                id={criterionId(c.code)}
                inputMode="decimal"
                label={t('score.criterion', { name: name(c), weight: format.number(weightPercent(c.weight) ?? 0) })}
                value={texts[c.code] ?? ''}
                error={errors.fields[`criteria.${c.code}`] ?? (live.kind === 'incomplete' ? live.invalid[c.code] : undefined)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setTexts((all) => ({ ...all, [c.code]: value }));
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <TextField
                id={`${criterionId(c.code)}-note`}
                label={t('score.criterionNote', { name: name(c) })}
                value={notes[c.code] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setNotes((all) => ({ ...all, [c.code]: value }));
                }}
              />
            </Grid.Col>
          </Grid>
        ))}
        <Paper bg="gray.0" p="md" my="md" radius="sm">
          <Text role="status" aria-live="polite" fw={700} size="lg">
            {live.kind === 'complete'
              ? t('score.total', { total: format.number(live.score.total, 2) })
              : t('score.partial', { filled: live.filled, total: live.total })}
            {live.kind === 'complete' &&
              live.score.passed !== null &&
              ` · ${t(live.score.passed ? 'score.passes' : 'score.below', { grade: rubric.passingGrade ?? '' })}`}
          </Text>
          {live.kind === 'complete' && (
            <Table mt="sm">
              <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('score.breakdown')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('score.criterionCol')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('score.weight')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('score.value')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('score.contribution')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {live.score.criteria.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>{name(rubric.criteria.find((r) => r.code === c.code) ?? rubric.criteria[0])}</Table.Td>
                    <Table.Td ta="right">{format.number(c.weight)} %</Table.Td>
                    <Table.Td ta="right">{format.number(c.score)}</Table.Td>
                    <Table.Td ta="right">{format.number(c.contribution, 2)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <TextAreaField
          id="score-comment"
          label={t('score.comment')}
          description={t('score.commentHint')}
          value={comment}
          error={errors.fields['comment']}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group mt="md">
          <Button type="submit" loading={loading}>
            {t('score.submit')}
          </Button>
        </Group>
        <div role="status" aria-live="polite">
          {saved !== null && (
            <Alert color="green" variant="light" mt="md">
              ✓ {t('score.saved', { total: format.number(saved, 2) })}
            </Alert>
          )}
        </div>
      </form>
    </Paper>
  );
}
