import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, SelectField, TextAreaField, mapServerErrors } from '@simpul/ui';
import { formatDateTime, useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import type { ScoreComment } from '../shared/types';
import { ADD_COMMENT } from './work.operations';

/** The conversation between the desk and the evaluator about a lokus, optionally about one indicator. */
export function CommentThread({ lokusId, comments, indicatorCodes, canWrite, onAdded }: {
  lokusId: string;
  comments: ScoreComment[];
  indicatorCodes: string[];
  canWrite: boolean;
  onAdded: () => void;
}) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const [body, setBody] = useState('');
  const [indicator, setIndicator] = useState('');
  const [add, state] = useMutation(ADD_COMMENT);
  const [localError, setLocalError] = useState<string | null>(null);
  const mapped = mapServerErrors(state.errors ?? [], ['body', 'indicatorCode'], (field) => `comment-${field}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (body.trim() === '') {
      setLocalError(t('comments.empty'));
      return;
    }
    setLocalError(null);
    const result = await add({ input: { lokusId, indicatorCode: indicator || null, body: body.trim() } });
    if (result.data) {
      setBody('');
      onAdded();
    }
  }

  const bodyError = localError ?? mapped.fields['body'] ?? null;
  return (
    <section aria-labelledby="comments-title">
      <Title order={2} size="h3" id="comments-title">{t('comments.title')}</Title>
      <Stack gap="xs" mt="sm">
        {comments.length === 0 && <Text>{t('comments.none')}</Text>}
        {comments.map((comment) => (
          <Paper key={comment.id} withBorder p="sm">
            <Text size="sm" fw={700}>
              {t(`role.${comment.authorRole}`)} · {formatDateTime(comment.createdAt, language)}
              {comment.indicatorCode ? ` · ${t('comments.about', { code: comment.indicatorCode })}` : ''}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
          </Paper>
        ))}
      </Stack>
      {canWrite && (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={localError ? [{ fieldId: 'comment-body', message: localError }] : mapped.summary} />
          <Stack gap="sm" mt="md" maw={640}>
            <SelectField
              id="comment-indicatorCode"
              label={t('comments.indicator')}
              value={indicator}
              onChange={(e) => setIndicator(e.currentTarget.value)}
              data={[{ value: '', label: t('comments.general') }, ...indicatorCodes.map((code) => ({ value: code, label: code }))]}
            />
            <TextAreaField id="comment-body" label={t('comments.body')} value={body} error={bodyError} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} />
            <Group>
              <Button type="submit" variant="default" loading={state.loading}>{t('comments.send')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}
