import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { LoadingState, ErrorPanel } from '@simpul/ui';
import { useFormat, useQuery, useSession, useT } from '@simpul/web-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { SKM } from '../messages';
import { toSubmission } from '../public-form/form-values';
import { LanguageSwitch } from '../public-form/language-switch';
import { PUBLIC_SURVEY, type PublicSurvey } from '../public-form/public.operations';
import { SkmForm } from '../public-form/skm-form';
import { newSubmissionId } from '../public-form/submission-id';
import { kioskDeviceId, kioskSender } from './kiosk-sender';
import { SubmissionQueue, type QueueSnapshot } from './submission-queue';
import { OK_TEXT, WARNING_TEXT } from '../shared/status-colours';
import { useInertOutside } from './inert-outside';
import { registerKioskWorker } from './kiosk-worker';

/** How long the thank-you screen stays before the kiosk is ready for the next person. */
export const KIOSK_RESET_MS = 6000;

const surveyKey = (code: string) => `simpul.skm.kiosk.survey.${code}`;
const queueKey = (code: string) => `simpul.skm.kiosk.queue.${code}`;

function cachedSurvey(code: string): PublicSurvey | null {
  try {
    const raw = window.localStorage.getItem(surveyKey(code));
    return raw ? (JSON.parse(raw) as PublicSurvey) : null;
  } catch {
    return null;
  }
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/**
 * Kiosk mode for a tablet at the desk: full screen, back to the start after each answer, and every
 * answer goes through the offline queue first, so a dropped network loses nothing.
 */
export function KioskPage() {
  const { code = '' } = useParams();
  const t = useT(SKM);
  const { client } = useSession();
  const query = useQuery(PUBLIC_SURVEY, { code, token: null });
  const online = useOnline();
  const survey = query.data?.skmPublicSurvey ?? cachedSurvey(code);
  const [snapshot, setSnapshot] = useState<QueueSnapshot>({ pending: 0, refused: 0, sending: false, nextAttemptAt: null, lastError: null });
  const [round, setRound] = useState(0);
  const [thanks, setThanks] = useState(false);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useInertOutside(rootRef);

  useEffect(() => {
    // The next start must work with no network: the worker keeps the page and its bundles.
    void registerKioskWorker();
  }, []);

  useEffect(() => {
    // Keep the questionnaire so a reload of the in-memory page or a later network drop still shows it.
    if (query.data) window.localStorage.setItem(surveyKey(code), JSON.stringify(query.data.skmPublicSurvey));
  }, [query.data, code]);

  const queue = useMemo(
    () =>
      new SubmissionQueue({
        storage: window.localStorage,
        key: queueKey(code),
        send: kioskSender(client),
        isOnline: () => navigator.onLine,
        onChange: setSnapshot,
      }),
    [client, code],
  );

  useEffect(() => {
    setSnapshot(queue.snapshot());
    void queue.flush();
    const retry = () => void queue.flush();
    window.addEventListener('online', retry);
    return () => {
      window.removeEventListener('online', retry);
      queue.dispose();
    };
  }, [queue]);

  useEffect(() => {
    if (!thanks) return;
    thanksRef.current?.focus();
    const timer = window.setTimeout(() => {
      setThanks(false);
      setRound((n) => n + 1);
    }, KIOSK_RESET_MS);
    return () => window.clearTimeout(timer);
  }, [thanks]);

  const deviceId = useMemo(() => kioskDeviceId(window.localStorage), []);

  let body;
  if (!survey) {
    body = query.errors ? (
      <ErrorPanel title={t('error.loadTitle')} message={query.errors.map((e) => e.message).join(' ')} onRetry={query.refetch} />
    ) : (
      <LoadingState />
    );
  } else if (!survey.open) {
    body = <Title order={1}>{t('unavailable.closed.title')}</Title>;
  } else if (thanks) {
    body = (
      <Stack align="center" py="xl" ta="center">
        <Title order={1} ref={thanksRef} tabIndex={-1} size={44}>
          {t('thanks.title')}
        </Title>
        {/* Queued and not yet sent (offline, or the server did not answer): say where the answers are. */}
        <Text size="xl">
          {snapshot.pending > 0 && (!online || snapshot.lastError !== null) ? t('kiosk.thanksQueued') : t('kiosk.thanksBody')}
        </Text>
        <Button
          size="xl"
          onClick={() => {
            setThanks(false);
            setRound((n) => n + 1);
          }}
        >
          {t('kiosk.next')}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <>
        <Title order={1} size="h2">
          {t('form.title')}
        </Title>
        <Text fw={600} size="xl" mb="md">
          {survey.title}
        </Text>
        <SkmForm
          large
          resetKey={round}
          elements={survey.elements}
          onSubmit={(values) => {
            // Queued first, sent after: the thank-you never waits for the network.
            void queue.enqueue({
              ...toSubmission(values),
              submissionId: newSubmissionId(),
              surveyCode: code,
              deviceId,
              answeredAt: new Date().toISOString(),
            });
            setThanks(true);
            window.scrollTo?.({ top: 0 });
            return Promise.resolve(null);
          }}
        />
      </>
    );
  }

  return (
    <Box ref={rootRef} className="skm-kiosk" style={{ position: 'fixed', inset: 0, zIndex: 1000, background: '#fff', overflowY: 'auto' }}>
      <Group
        justify="space-between"
        px="md"
        py="xs"
        style={{ borderBottom: '1px solid #ced4da', position: 'sticky', top: 0, background: '#fff', zIndex: 1 }}
      >
        <Text fw={700}>{t('kiosk.title')}</Text>
        <Group gap="sm">
          <KioskStatus online={online} snapshot={snapshot} />
          <LanguageSwitch />
          <Button
            variant="default"
            size="compact-md"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t('kiosk.fullscreen')}
          </Button>
        </Group>
      </Group>
      <Box maw={900} mx="auto" p="md">
        {body}
      </Box>
    </Box>
  );
}

function KioskStatus({ online, snapshot }: { online: boolean; snapshot: QueueSnapshot }) {
  const t = useT(SKM);
  const format = useFormat();
  return (
    <Group gap="xs" role="status" aria-live="polite" data-testid="kiosk-status">
      <Text fw={700} c={online ? OK_TEXT : WARNING_TEXT}>
        <span aria-hidden="true">{online ? '● ' : '○ '}</span>
        {online ? t('kiosk.online') : t('kiosk.offline')}
      </Text>
      <Text data-testid="kiosk-queue">
        {snapshot.pending > 0 ? t('kiosk.queued', { count: format.number(snapshot.pending) }) : t('kiosk.queueEmpty')}
      </Text>
      {snapshot.refused > 0 && <Text c="red.9">{t('kiosk.refused', { count: format.number(snapshot.refused) })}</Text>}
    </Group>
  );
}
