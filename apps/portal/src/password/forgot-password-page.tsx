import { Anchor, Paper, Text } from '@mantine/core';
import { TextField, type SummaryError } from '@simpul/ui';
import { toClientErrors, useGraphQLClient, useLanguage, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AccountFormLayout, AccountPage } from '../account/account-form-layout';
import { PORTAL } from '../messages';
import { validateSignIn } from '../sign-in/validate-sign-in';
import { REQUEST_PASSWORD_RESET } from './password-operations';

/**
 * "Lupa kata sandi": asks for a reset link. The answer is the same whether or not the address has
 * an account, so the page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const client = useGraphQLClient();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const error = validateSignIn(email, 'x').email ?? null;
    setEmailError(error);
    setFormError(null);
    if (error) return;
    setSubmitting(true);
    try {
      await client.request(REQUEST_PASSWORD_RESET, { email: email.trim(), language });
      setSentTo(email.trim());
    } catch (failure) {
      setFormError(toClientErrors(failure, language)[0]?.message ?? null);
    } finally {
      setSubmitting(false);
    }
  }

  if (sentTo) {
    return (
      <AccountPage title={t('forgot.sentTitle')}>
        <Paper withBorder p="lg" role="status">
          <Text>{t('forgot.sent', { email: sentTo })}</Text>
        </Paper>
        <Anchor component={Link} to="/sign-in">
          {t('forgot.back')}
        </Anchor>
      </AccountPage>
    );
  }

  const summary: SummaryError[] = [
    ...(emailError ? [{ fieldId: 'forgot-email', message: t(emailError) }] : []),
    ...(formError ? [{ message: formError }] : []),
  ];
  return (
    <AccountFormLayout
      title={t('forgot.title')}
      description={t('forgot.description')}
      errors={summary}
      onSubmit={submit}
      submit={{ label: t('forgot.submit'), busyLabel: t('forgot.sending'), busy: submitting }}
      footer={
        <Anchor component={Link} to="/sign-in" style={{ alignSelf: 'flex-start' }}>
          {t('forgot.back')}
        </Anchor>
      }
    >
      <TextField
        id="forgot-email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.currentTarget.value)}
        error={emailError ? t(emailError) : null}
        size="md"
      />
    </AccountFormLayout>
  );
}
