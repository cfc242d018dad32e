import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Code, CopyButton } from '@simpul/ui/mantine-more';
import { EmptyState, ErrorSummary, PageHeader, QueryView, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useBasePath, useFormat, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { MPP } from '../messages';
import { canManageMall } from '../shared/access';
import { MallNav } from '../shared/mall-nav';
import { MPP_QUEUE_KEYS } from './queue-keys-messages';
import { CREATE_QUEUE_KEY, QUEUE_KEYS, REVOKE_QUEUE_KEY, type QueueKey } from './queue-keys.operations';

/** Where queue systems call, as the portal serves it (docs/queue-survey-invitations.md). */
const ENDPOINT_PATH = '/skm-api/queue/tickets-served';

/**
 * `/mpp/malls/:mallId/queue-keys`: the mall's queue-system keys (its operator and national admins).
 * A new key's secret is shown once, right after it is made; the list shows names and last characters.
 */
export function QueueKeysPage() {
  const t = useT(MPP);
  const q = useT(MPP_QUEUE_KEYS);
  const to = useBasePath();
  const { user } = useSession();
  const { mallId = '' } = useParams();
  const crumbs = [{ label: t('title'), to: to() }, { label: t('nav.dashboard'), to: to(`/malls/${mallId}`) }, { label: q('title') }];

  if (!canManageMall(user, mallId)) {
    return (
      <>
        <PageHeader title={q('title')} breadcrumbs={crumbs} />
        <Alert color="yellow">
          <Text c="dark">{t('access.operatorOnly')}</Text>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={q('title')} description={q('description')} breadcrumbs={crumbs} />
      <MallNav mallId={mallId} current="queueKeys" />
      <Stack gap="xs" mb="lg">
        <Text>{q('endpoint', { url: `${window.location.origin}${ENDPOINT_PATH}` })}</Text>
        <Text size="sm">{q('guide')}</Text>
      </Stack>
      <QueueKeys mallId={mallId} />
    </>
  );
}

function QueueKeys({ mallId }: { mallId: string }) {
  const q = useT(MPP_QUEUE_KEYS);
  const query = useQuery(QUEUE_KEYS, { mallId });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="xl" maw={900}>
      <NewKeyForm
        mallId={mallId}
        onCreated={(key) => {
          setNotice(null);
          setCreated(key);
          query.refetch();
        }}
      />
      {created && <CreatedKey name={created.name} secret={created.secret} />}
      <section aria-labelledby="queue-keys-list">
        <Title order={2} size="h3" id="queue-keys-list" mb="sm">
          {q('listTitle')}
        </Title>
        <div role="status">
          {notice && (
            <Alert color="green">
              <Text c="dark">{notice}</Text>
            </Alert>
          )}
        </div>
        <QueryView query={query}>
          {(data) =>
            data.skmQueueKeys.length === 0 ? (
              <EmptyState title={q('empty')}>{q('emptyText')}</EmptyState>
            ) : (
              <KeyTable
                keys={data.skmQueueKeys}
                onRevoked={(name) => {
                  setCreated(null);
                  setNotice(q('revokedNotice', { name }));
                  query.refetch();
                }}
              />
            )
          }
        </QueryView>
      </section>
    </Stack>
  );
}

function NewKeyForm({ mallId, onCreated }: { mallId: string; onCreated: (key: { name: string; secret: string }) => void }) {
  const q = useT(MPP_QUEUE_KEYS);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [create, { loading }] = useMutation(CREATE_QUEUE_KEY);
  const fieldId = () => 'queue-key-name';

  // Never rejects: the mutation resolves to the errors the form shows.
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors(localErrors({ name: q('nameRequired') }, fieldId));
      return;
    }
    const result = await create({ mallId, name: name.trim() });
    if (result.errors) {
      setErrors(mapServerErrors(result.errors, ['name'], fieldId));
      return;
    }
    setErrors({ fields: {}, summary: [] });
    setName('');
    onCreated({ name: result.data.createSkmQueueKey.key.name, secret: result.data.createSkmQueueKey.secret });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="queue-key-new">
      <Title order={2} size="h3" id="queue-key-new" mb="sm">
        {q('newKey')}
      </Title>
      <ErrorSummary errors={errors.summary} />
      <Group align="flex-end">
        <TextInput
          id="queue-key-name"
          label={q('name')}
          description={q('nameHint')}
          value={name}
          maxLength={80}
          error={errors.fields['name'] || undefined}
          onChange={(event) => setName(event.currentTarget.value)}
          size="md"
          style={{ flex: 1, minWidth: 260 }}
        />
        <Button type="submit" size="md" loading={loading}>
          {q('create')}
        </Button>
      </Group>
    </form>
  );
}

function CreatedKey({ name, secret }: { name: string; secret: string }) {
  const q = useT(MPP_QUEUE_KEYS);
  return (
    <Alert color="green" title={q('createdTitle', { name })} role="status" styles={{ title: { color: 'var(--mantine-color-dark-9)' } }}>
      <Stack gap="xs">
        <Text c="dark">{q('createdOnce')}</Text>
        <Text c="dark" fw={600} id="queue-key-secret-label">
          {q('secretLabel')}
        </Text>
        <Code block aria-labelledby="queue-key-secret-label" data-testid="queue-key-secret" style={{ wordBreak: 'break-all' }}>
          {secret}
        </Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} w="fit-content">
              {copied ? q('copied') : q('copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}

function KeyTable({ keys, onRevoked }: { keys: QueueKey[]; onRevoked: (name: string) => void }) {
  const q = useT(MPP_QUEUE_KEYS);
  const format = useFormat();
  return (
    <Table striped withTableBorder>
      <Table.Caption>{q('caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{q('columnName')}</Table.Th>
          <Table.Th scope="col">{q('columnHint')}</Table.Th>
          <Table.Th scope="col">{q('columnCreated')}</Table.Th>
          <Table.Th scope="col">{q('columnStatus')}</Table.Th>
          <Table.Th scope="col">{q('columnAction')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => (
          <Table.Tr key={key.id}>
            <Table.Th scope="row">{key.name}</Table.Th>
            <Table.Td>
              <Code>{q('hint', { hint: key.hint })}</Code>
            </Table.Td>
            <Table.Td>{format.date(key.createdAt)}</Table.Td>
            <Table.Td>{key.revokedAt ? q('revokedOn', { date: format.date(key.revokedAt) }) : q('active')}</Table.Td>
            <Table.Td>{!key.revokedAt && <RevokeButton queueKey={key} onRevoked={onRevoked} />}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Revoking is final, so it asks once more in place (no modal to trap focus in). */
function RevokeButton({ queueKey, onRevoked }: { queueKey: QueueKey; onRevoked: (name: string) => void }) {
  const q = useT(MPP_QUEUE_KEYS);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(REVOKE_QUEUE_KEY);

  async function confirm() {
    const result = await revoke({ id: queueKey.id });
    if (result.errors) {
      setError(result.errors.map((e) => e.message).join(' '));
      return;
    }
    setAsking(false);
    onRevoked(queueKey.name);
  }

  if (!asking)
    return (
      <Button
        variant="default"
        color="red"
        size="sm"
        aria-label={q('revokeLabel', { name: queueKey.name })}
        onClick={() => setAsking(true)}
      >
        {q('revoke')}
      </Button>
    );
  return (
    <Stack gap={4}>
      <Text size="sm">{q('confirm', { name: queueKey.name })}</Text>
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group gap="xs">
        <Button color="red" size="sm" loading={loading} onClick={() => void confirm()}>
          {q('confirmYes')}
        </Button>
        <Button variant="default" size="sm" onClick={() => setAsking(false)}>
          {q('cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
