import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { ErrorSummary, TextAreaField, mapServerErrors } from '@simpul/ui';
import { useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import type { FollowUpReviewDecision } from '../__generated__/operations';
import { FOLLOW_UP } from './messages';
import { REVIEW_FOLLOW_UP_PLAN } from './follow-up.operations';

/** The evaluator's or admin's decision on a submitted plan: accept, or return with a note. */
export function ReviewForm({ planId, onDone }: { planId: string; onDone: (message: string) => void }) {
  const t = useT(FOLLOW_UP);
  const [comment, setComment] = useState('');
  const [review, state] = useMutation(REVIEW_FOLLOW_UP_PLAN);
  const mapped = mapServerErrors(state.errors ?? [], ['comment'], (field) => `review-${field}`);
  async function decide(decision: FollowUpReviewDecision) {
    const result = await review({ input: { planId, decision, comment: comment || null } });
    if (result.data) onDone(decision === 'ACCEPT' ? t('review.accepted') : t('review.returned'));
  }
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-title">
      <Title order={2} size="h4" id="review-title">
        {t('review.title')}
      </Title>
      <ErrorSummary errors={mapped.summary} />
      <Stack gap="sm" mt="sm" maw={720}>
        <TextAreaField
          id="review-comment"
          label={t('field.comment')}
          description={t('field.commentHint')}
          value={comment}
          error={mapped.fields['comment']}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        <Group>
          <Button loading={state.loading} onClick={() => void decide('ACCEPT')}>
            {t('review.accept')}
          </Button>
          <Button variant="default" loading={state.loading} onClick={() => void decide('RETURN')}>
            {t('review.return')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
