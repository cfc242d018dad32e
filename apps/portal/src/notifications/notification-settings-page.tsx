import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { Switch } from '@simpul/ui/mantine-inputs';
import { PageHeader, QueryView, SignInNeeded } from '@simpul/ui';
import { useLanguage, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MyNotificationSettingsQuery } from '../__generated__/operations';
import { PORTAL } from '../messages';
import { MY_NOTIFICATION_SETTINGS, SET_NOTIFICATION_EMAIL } from './notification-operations';
import { NOTIFICATIONS_PATH } from './notification-paths';

type Setting = MyNotificationSettingsQuery['myNotificationSettings'][number];

/** One kind's e-mail switch, saved as soon as it is flipped; a refusal is said at the switch and the switch goes back. */
function EmailSwitch({ setting }: { setting: Setting }) {
  const t = useT(PORTAL);
  const [language] = useLanguage();
  const [save, { loading }] = useMutation(SET_NOTIFICATION_EMAIL);
  const [email, setEmail] = useState(setting.email);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function change(next: boolean) {
    setEmail(next);
    setError(null);
    setSaved(false);
    const result = await save({ kind: setting.kind, email: next });
    if (result.errors) {
      setEmail(!next);
      setError(t('notificationSettings.failed', { reason: result.errors.map((e) => e.message).join(' ') }));
      return;
    }
    setEmail(result.data.setNotificationEmail.email);
    setSaved(true);
  }

  const errorId = `email-${setting.kind}-error`;
  return (
    <Stack gap={4}>
      <Switch
        id={`email-${setting.kind}`}
        size="md"
        checked={email}
        // Not disabled while saving: a disabled switch would drop the keyboard's focus.
        onChange={(event) => {
          if (!loading) void change(event.currentTarget.checked);
        }}
        label={setting.label[language]}
        // The error is outside Mantine's label so the switch's name stays the kind alone; it is its description.
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <Text id={errorId} c="red.9" size="sm" fw={600} pl={56}>
          {error}
        </Text>
      )}
      {/* Said once the server has it, not when the switch moves. */}
      <Text size="sm" role="status" pl={56}>
        {saved ? t('notificationSettings.saved') : ''}
      </Text>
    </Stack>
  );
}

/** The e-mail of each kind of reminder on or off; in the portal every reminder still shows. */
export function NotificationSettingsPage() {
  const t = useT(PORTAL);
  const { user } = useSession();
  const query = useQuery(MY_NOTIFICATION_SETTINGS, {}, { skip: !user });
  return (
    <Stack>
      <PageHeader
        title={t('notificationSettings.title')}
        description={t('notificationSettings.description', { email: user?.email ?? '' })}
        actions={
          <Anchor component={Link} to={NOTIFICATIONS_PATH}>
            {t('notificationSettings.back')}
          </Anchor>
        }
      />
      {user ? (
        <>
          <Paper withBorder p="md" bg="blue.0">
            <Text fw={700}>{t('notificationSettings.portalTitle')}</Text>
            <Text>{t('notificationSettings.portal')}</Text>
          </Paper>
          <QueryView query={query} errorTitle={t('notificationSettings.error')}>
            {(data) => (
              <Paper withBorder p="lg" component="fieldset" style={{ margin: 0 }}>
                <Text component="legend" fw={700} px={4}>
                  {t('notificationSettings.legend')}
                </Text>
                <Stack gap="md" mt="sm">
                  {data.myNotificationSettings.map((setting) => (
                    <EmailSwitch key={setting.kind} setting={setting} />
                  ))}
                </Stack>
              </Paper>
            )}
          </QueryView>
        </>
      ) : (
        <SignInNeeded message={t('notificationSettings.signIn')} />
      )}
    </Stack>
  );
}
