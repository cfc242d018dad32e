import { Alert, Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { LoadingState, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { type ClientError, useBasePath, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { SKM } from '../messages';
import { useSkmLabels } from '../shared/labels';
import { fieldIdFor, formFields, submissionField, toSubmission } from './form-values';
import { LanguageSwitch } from './language-switch';
import { PUBLIC_SURVEY, SUBMIT_RESPONSES, UNIT_SERVICES, type PublicSurvey } from './public.operations';
import { SkmForm } from './skm-form';
import { newSubmissionId } from './submission-id';
import { unavailableReason } from './unavailable-reason';

type Outcome = 'form' | 'thanks' | 'used';

export function mapSubmitErrors(errors: ClientError[], survey: PublicSurvey): MappedErrors {
  const fields = formFields(survey.elements);
  return mapServerErrors(
    errors.map((error) => ({ ...error, field: submissionField(error) })),
    fields,
    fieldIdFor,
  );
}

/** The public form reached by QR code (/s/:code) or by one-time link (/t/:token). Phone first. */
export function PublicFormPage() {
  const { code, token } = useParams();
  const viaToken = Boolean(token);
  const t = useT(SKM);
  const labels = useSkmLabels();
  const to = useBasePath();
  const query = useQuery(PUBLIC_SURVEY, { code: code ?? null, token: token ?? null });
  const survey = query.data?.skmPublicSurvey ?? null;
  // A queue ticket's link already names its service: the question is not asked.
  const services = useQuery(
    UNIT_SERVICES,
    { id: survey?.serviceUnitId ?? '' },
    { skip: !survey?.serviceUnitId || Boolean(survey?.tokenServiceId) },
  );
  const [submit] = useMutation(SUBMIT_RESPONSES);
  const [outcome, setOutcome] = useState<Outcome>('form');
  // One questionnaire per page: its id is made once, so every resend of it carries the same one.
  const [submissionId] = useState(newSubmissionId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (outcome !== 'form') headingRef.current?.focus();
  }, [outcome]);

  // Refused on sending (spent meanwhile, e.g. in another tab): these answers were NOT stored, so say the link was used.
  const reason = outcome === 'used' ? 'unavailable.linkRejected' : unavailableReason(survey, query.errors, viaToken);
  const period =
    survey?.periodKind && survey.year && survey.number
      ? labels.period({ periodKind: survey.periodKind, year: survey.year, number: survey.number })
      : (survey?.periodLabel ?? '');

  let body;
  if (reason) {
    body = (
      <Stack>
        <Title order={1} ref={headingRef} tabIndex={-1}>
          {t(`${reason}.title`)}
        </Title>
        <Text size="lg">{t(`${reason}.body`, { period })}</Text>
      </Stack>
    );
  } else if (!survey) {
    body = query.errors ? (
      <Alert color="red" title={t('error.loadTitle')}>
        <Text>{query.errors.map((e) => e.message).join(' ')}</Text>
        <Button mt="sm" onClick={query.refetch}>
          {t('common.retry')}
        </Button>
      </Alert>
    ) : (
      <LoadingState />
    );
  } else if (outcome === 'thanks') {
    body = (
      <Stack>
        <Title order={1} ref={headingRef} tabIndex={-1}>
          {t('thanks.title')}
        </Title>
        <Text size="lg">{t('thanks.body')}</Text>
        {/* A desk survey's results are the desk's own page. */}
        {(survey.deskId || survey.serviceUnitId) && (
          <Anchor
            component={Link}
            to={to(survey.deskId ? `/desks/${survey.deskId}/public` : `/units/${survey.serviceUnitId}/public`)}
            size="lg"
          >
            {t('thanks.results')}
          </Anchor>
        )}
      </Stack>
    );
  } else {
    const serviceList = services.data?.serviceUnit ? services.data.serviceUnit.services.edges.map((edge) => edge.node) : [];
    body = (
      <>
        <Title order={1} size="h2">
          {t('form.title')}
        </Title>
        <Text fw={600} size="lg" mt={4}>
          {survey.title}
        </Text>
        <Text c="dimmed" mb="md">
          {t('form.period', { period })}
        </Text>
        <SkmForm
          elements={survey.elements}
          services={serviceList}
          onSubmit={async (values) => {
            // One id for these answers, kept across resends: a lost receipt never stores them twice.
            const submission = { ...toSubmission(values), serviceId: values.serviceId || null, submissionId };
            const result = await submit({
              submissions: [
                viaToken
                  ? { channel: 'LINK', token: token ?? null, ...submission }
                  : { channel: 'QR', surveyCode: code ?? null, ...submission },
              ],
            });
            if (result.data) {
              setOutcome('thanks');
              return null;
            }
            if (viaToken && result.errors.some((error) => error.code === 'CONFLICT')) {
              setOutcome('used');
              return null;
            }
            return mapSubmitErrors(result.errors, survey);
          }}
        />
      </>
    );
  }

  return (
    <Box maw={640} mx="auto" px={{ base: 4, sm: 'md' }} py="sm" className="skm-public">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Text fw={700} c="blue.9">
          {t('brand')}
        </Text>
        <LanguageSwitch />
      </Group>
      {body}
    </Box>
  );
}
