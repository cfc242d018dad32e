import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Radio } from '@simpul/ui/mantine-inputs';
import { ErrorSummary, QueryView } from '@simpul/ui';
import { useMutation, useQuery, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { EVALUATION } from '../messages';
import { Indonesian } from '../shared/indonesian';
import { PUBLIC_SURVEY, SUBMIT_SURVEY, type PublicSurvey } from './survey.operations';

/** The anonymous F-03 form behind a one-time link: short, one column, large touch targets, nothing personal asked. */
export function SurveyPage() {
  const { token = '' } = useParams();
  const t = useT(EVALUATION);
  const query = useQuery(PUBLIC_SURVEY, { token });
  return (
    <Stack maw={640} mx="auto" gap="lg">
      <QueryView query={query}>{({ publicSurvey }) => <SurveyForm survey={publicSurvey} token={token} />}</QueryView>
      <Text size="sm" c="dimmed">
        {t('survey.privacy')}
      </Text>
    </Stack>
  );
}

export function SurveyForm({ survey, token }: { survey: PublicSurvey; token: string }) {
  const t = useT(EVALUATION);
  const [answers, setAnswers] = useState<(number | null)[]>(() => survey.items.map(() => null));
  const [submit, state] = useMutation(SUBMIT_SURVEY);
  const [sent, setSent] = useState(false);
  const [emptyError, setEmptyError] = useState(false);
  const scale = Array.from({ length: survey.scaleMax - survey.scaleMin + 1 }, (_, i) => survey.scaleMin + i);

  if (sent)
    return (
      <Alert color="green" title={t('survey.thanksTitle')} role="status">
        {t('survey.thanks')}
      </Alert>
    );
  if (survey.used)
    return (
      <Alert color="gray" title={t('survey.usedTitle')}>
        {t('survey.used')}
      </Alert>
    );
  if (!survey.open)
    return (
      <Alert color="gray" title={t('survey.closedTitle')}>
        {t('survey.closed')}
      </Alert>
    );

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function send(event: FormEvent) {
    event.preventDefault();
    if (answers.every((a) => a === null)) return setEmptyError(true);
    setEmptyError(false);
    const result = await submit({ token, answers });
    if (result.data) setSent(true);
  }

  const errors = emptyError
    ? [{ fieldId: `survey-${survey.items[0]?.code}`, message: t('survey.empty') }]
    : (state.errors ?? []).map((e) => ({ message: e.code === 'CONFLICT' ? t('survey.used') : e.message }));
  return (
    <form onSubmit={(event) => void send(event)} noValidate>
      <Stack gap="md">
        <div>
          <Title order={1} size="h2">
            {t('survey.title', { unit: survey.unitName })}
          </Title>
          <Text mt="xs">{t('survey.intro', { min: survey.scaleMin, max: survey.scaleMax })}</Text>
        </div>
        <ErrorSummary errors={errors} />
        {survey.items.map((item, index) => (
          <Paper key={item.code} withBorder p="md">
            <Radio.Group
              id={`survey-${item.code}`}
              label={
                <>
                  {index + 1}. <Indonesian>{item.text}</Indonesian>
                </>
              }
              value={answers[index] === null ? '' : String(answers[index])}
              onChange={(value) => setAnswers((all) => all.map((a, i) => (i === index ? Number(value) : a)))}
            >
              <Group gap="md" mt="sm" wrap="wrap">
                {scale.map((level) => (
                  <Radio
                    key={level}
                    value={String(level)}
                    label={t(`survey.scale.${level}`)}
                    styles={{ radio: { width: 24, height: 24 } }}
                  />
                ))}
              </Group>
            </Radio.Group>
          </Paper>
        ))}
        <Text size="sm">{t('survey.skipHint')}</Text>
        <Button type="submit" size="lg" loading={state.loading}>
          {t('survey.submit')}
        </Button>
      </Stack>
    </form>
  );
}
