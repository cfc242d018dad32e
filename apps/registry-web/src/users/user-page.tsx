import { Alert, Button, Divider, Group, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { ROLES, type Role } from '@simpul/contracts';
import { EmptyState, ErrorSummary, type MappedErrors, mapServerErrors, PageHeader, QueryView } from '@simpul/ui';
import { type ClientError, formatDateTime, useBasePath, useLanguage, useMutation, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { canManageUsers, isNationalAdmin } from '../admin/admin-access';
import { adminCrumbs } from '../admin/admin-crumbs';
import { NotAllowed } from '../admin/not-allowed';
import { RegistryHistory } from '../history/registry-history';
import { REGISTRY } from '../messages';
import { ConfirmAction } from '../shared/confirm-action';
import { BindingFields, bindingIds, type Binding } from './binding-fields';
import { useMallNames } from './use-mall-names';
import { bindingLabel, UserStatusBadge } from './user-labels';
import { DEACTIVATE_USER, REACTIVATE_USER, RESEND_INVITATION, UPDATE_USER_ROLE, USER, type UserDetail } from './user.operations';

/** One person: status and binding, invitation, (de)activation, role and binding, and their history. */
export function UserPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { user: me } = useSession();
  const { userId = '' } = useParams();
  const allowed = canManageUsers(me);
  const query = useQuery(USER, { id: userId }, { skip: !allowed });
  const crumbs = adminCrumbs(to, t, { label: t('users.title'), to: to('/admin/users') });
  if (!allowed) return <NotAllowed title={t('users.title')} breadcrumbs={crumbs} reason={t('admin.notAllowed')} />;
  return (
    <QueryView query={query}>
      {({ user }) =>
        user ? <UserDetails user={user} crumbs={crumbs} onChanged={query.refetch} /> : <EmptyState title={t('user.notFound')} />
      }
    </QueryView>
  );
}

function UserDetails({
  user,
  crumbs,
  onChanged: reload,
}: {
  user: UserDetail;
  crumbs: ReturnType<typeof adminCrumbs>;
  onChanged: () => void;
}) {
  const t = useT(REGISTRY);
  // Every action here is a change: the history starts again to show it.
  const [revision, setRevision] = useState(0);
  const onChanged = () => {
    reload();
    setRevision((r) => r + 1);
  };
  const [language] = useLanguage();
  const { user: me } = useSession();
  const mallNames = useMallNames([user.mallId]);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionErrors, setActionErrors] = useState<ClientError[] | null>(null);
  const [resend, resendState] = useMutation(RESEND_INVITATION);
  const [deactivate, deactivateState] = useMutation(DEACTIVATE_USER);
  const [reactivate, reactivateState] = useMutation(REACTIVATE_USER);
  const self = me?.id === user.id;

  // Never rejects (the mutations resolve to their errors, shown here), so a button fires it without awaiting.
  async function act(run: () => Promise<{ errors: ClientError[] | null }>, done: string) {
    setNotice(null);
    const result = await run();
    if (result.errors) return setActionErrors(result.errors);
    setActionErrors(null);
    setNotice(done);
    onChanged();
  }

  const when = (value: string | null) => (value ? formatDateTime(value, language) : t('users.never'));
  const rows: [string, ReactNode][] = [
    [t('users.email'), user.email],
    [t('users.role'), t(`role.${user.role}`)],
    [t('users.binding'), bindingLabel(user, mallNames, t)],
    [t('users.status'), <UserStatusBadge key="status" status={user.status} t={t} />],
    [t('users.invitedAt'), when(user.invitedAt)],
    [t('users.lastSignIn'), when(user.lastSignInAt)],
    [t('users.createdAt'), when(user.createdAt)],
  ];

  return (
    <>
      <PageHeader title={user.name} breadcrumbs={[...crumbs, { label: user.name }]} />
      <Stack gap="xl" maw={900}>
        <Table variant="vertical" withTableBorder layout="fixed">
          <caption>
            <VisuallyHidden>{t('user.details')}</VisuallyHidden>
          </caption>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={220}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>

        <section aria-labelledby="user-actions">
          <Title order={2} size="h3" id="user-actions" mb="sm">
            {t('user.actions')}
          </Title>
          {notice && (
            <Alert color="green" role="status" mb="sm">
              <Text c="dark">{notice}</Text>
            </Alert>
          )}
          <ErrorSummary errors={(actionErrors ?? []).map((e) => ({ message: e.message }))} />
          {self ? (
            <Text c="dimmed">{t('user.selfNote')}</Text>
          ) : (
            <Group align="flex-start">
              {user.status === 'INVITED' && (
                <Button
                  variant="default"
                  loading={resendState.loading}
                  onClick={() => void act(() => resend({ id: user.id }), t('user.resent', { email: user.email }))}
                >
                  {t('user.resend')}
                </Button>
              )}
              {user.status === 'DEACTIVATED' ? (
                <ConfirmAction
                  label={t('user.reactivate')}
                  question={t('user.reactivateQuestion', { name: user.name })}
                  confirmLabel={t('user.reactivateConfirm')}
                  cancelLabel={t('form.cancel')}
                  color="blue.8"
                  loading={reactivateState.loading}
                  onConfirm={() => act(() => reactivate({ id: user.id }), t('user.reactivated', { name: user.name }))}
                />
              ) : (
                <ConfirmAction
                  label={t('user.deactivate')}
                  question={t('user.deactivateQuestion', { name: user.name })}
                  confirmLabel={t('user.deactivateConfirm')}
                  cancelLabel={t('form.cancel')}
                  loading={deactivateState.loading}
                  onConfirm={() => act(() => deactivate({ id: user.id }), t('user.deactivated', { name: user.name }))}
                />
              )}
            </Group>
          )}
        </section>

        {!self && <RoleForm user={user} onSaved={onChanged} />}
        <Divider />
        <RegistryHistory key={revision} object="user" id={user.id} />
      </Stack>
    </>
  );
}

const ROLE_FIELDS = ['role', 'serviceUnitId', 'mallId'] as const;
const roleFieldId = (field: string) => `user-role-${field}`;

/** Peran dan keterikatan: the role and the one binding that fits it, changed together. */
function RoleForm({ user, onSaved }: { user: UserDetail; onSaved: () => void }) {
  const t = useT(REGISTRY);
  const { user: me } = useSession();
  const admin = isNationalAdmin(me);
  const [role, setRole] = useState<Role | ''>(user.role);
  const [binding, setBinding] = useState<Binding>({ unit: user.serviceUnit, mall: user.mallId ? { id: user.mallId, name: '' } : null });
  const mallNames = useMallNames([user.mallId]);
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UPDATE_USER_ROLE);
  const roles: readonly Role[] = admin ? ROLES : ['MPP_OPERATOR', 'UNIT_DESK'];
  const shownBinding =
    binding.mall && !binding.mall.name
      ? { ...binding, mall: { ...binding.mall, name: mallNames[binding.mall.id] ?? t('users.mallUnnamed') } }
      : binding;

  // Never rejects: the mutation resolves to the errors it shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!role)
      return setErrors({
        fields: { role: t('invite.roleMissing') },
        summary: [{ fieldId: roleFieldId('role'), message: t('invite.roleMissing') }],
      });
    const ids = bindingIds(role, binding, me?.mallId ?? null, admin);
    const result = await update({ id: user.id, role, ...ids });
    if (result.errors) return setErrors(mapServerErrors(result.errors, ROLE_FIELDS, roleFieldId));
    setErrors({ fields: {}, summary: [] });
    setSaved(true);
    onSaved();
  }

  return (
    <section aria-labelledby="user-role">
      <Title order={2} size="h3" id="user-role" mb="sm">
        {t('user.roleTitle')}
      </Title>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors.summary} />
        {saved && (
          <Alert color="green" role="status" mb="sm">
            <Text c="dark">{t('user.roleSaved')}</Text>
          </Alert>
        )}
        <Stack gap="md" maw={640}>
          <NativeSelect
            id={roleFieldId('role')}
            label={t('users.role')}
            description={t('user.roleHint')}
            value={role}
            error={errors.fields['role'] || undefined}
            onChange={(e) => {
              setRole(e.currentTarget.value as Role | '');
              setBinding({ unit: null, mall: null });
            }}
            data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <BindingFields idPrefix="user-role" role={role} binding={shownBinding} onChange={setBinding} errors={errors.fields} />
          <Group>
            <Button type="submit" loading={loading} loaderProps={{ 'aria-label': t('form.saving') }}>
              {t('user.roleSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
