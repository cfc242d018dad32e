import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ErrorSummary, SelectField, TextAreaField, mapServerErrors, useCursorPages } from '@simpul/ui';
import { formatDateTime, useLanguage, useMutation, useQuery, useT, nodes } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { EVALUATION } from '../messages';
import { ADD_COMMENT, LOKUS_COMMENTS } from './work.operations';

/** Comments per page: a thread can run long over a cycle, so it is read a page at a time. */
export const COMMENT_PAGE = 20;

/** The conversation between the desk and the evaluator about a lokus, optionally about one indicator. */
export function CommentThread({ lokusId, indicatorCodes, canWrite }: { lokusId: string; indicatorCodes: string[]; canWrite: boolean }) {
  const t = useT(EVALUATION);
  const [language] = useLanguage();
  const pages = useCursorPages(lokusId);
  const thread = useQuery(LOKUS_COMMENTS, { id: lokusId, first: COMMENT_PAGE, after: pages.after });
  const [body, setBody] = useState('');
  const [indicator, setIndicator] = useState('');
  const [add, state] = useMutation(ADD_COMMENT);
  const [localError, setLocalError] = useState<string | null>(null);
  const mapped = mapServerErrors(state.errors ?? [], ['body', 'indicatorCode'], (field) => `comment-${field}`);

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
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
      thread.refetch();
    }
  }

  const connection = thread.data?.lokusById.comments;
  const comments = nodes(connection);
  const firstShown = (pages.page - 1) * COMMENT_PAGE + 1;
  const bodyError = localError ?? mapped.fields['body'] ?? null;
  return (
    <section aria-labelledby="comments-title">
      <Title order={2} size="h3" id="comments-title">
        {t('comments.title')}
      </Title>
      <Stack gap="xs" mt="sm">
        {thread.errors && !thread.data && <Text role="alert">{t('comments.loadFailed')}</Text>}
        {!thread.data && !thread.errors && <Text size="sm">{t('loading')}</Text>}
        {connection && connection.totalCount === 0 && <Text>{t('comments.none')}</Text>}
        {connection && connection.totalCount > 0 && (
          <Text size="sm" aria-live="polite">
            {t('comments.range', { from: firstShown, to: firstShown + comments.length - 1, total: connection.totalCount })}
          </Text>
        )}
        {comments.map((comment) => (
          <Paper key={comment.id} withBorder p="sm">
            <Text size="sm" fw={700}>
              {t(`role.${comment.authorRole}`)} · {formatDateTime(comment.createdAt, language)}
              {comment.indicatorCode ? ` · ${t('comments.about', { code: comment.indicatorCode })}` : ''}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
          </Paper>
        ))}
        {connection && (pages.hasPrevious || connection.pageInfo.hasNextPage) && (
          <Group component="nav" aria-label={t('comments.pages')}>
            <Button variant="default" size="compact-sm" disabled={!pages.hasPrevious} onClick={pages.previous}>
              {t('comments.previous')}
            </Button>
            <Button
              variant="default"
              size="compact-sm"
              disabled={!connection.pageInfo.hasNextPage}
              onClick={() => pages.next(connection.pageInfo.endCursor)}
            >
              {t('comments.next')}
            </Button>
          </Group>
        )}
      </Stack>
      {canWrite && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary errors={localError ? [{ fieldId: 'comment-body', message: localError }] : mapped.summary} />
          <Stack gap="sm" mt="md" maw={640}>
            <SelectField
              id="comment-indicatorCode"
              label={t('comments.indicator')}
              value={indicator}
              onChange={(e) => setIndicator(e.currentTarget.value)}
              data={[{ value: '', label: t('comments.general') }, ...indicatorCodes.map((code) => ({ value: code, label: code }))]}
            />
            <TextAreaField
              id="comment-body"
              label={t('comments.body')}
              value={body}
              error={bodyError}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Group>
              <Button type="submit" variant="default" loading={state.loading}>
                {t('comments.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}
