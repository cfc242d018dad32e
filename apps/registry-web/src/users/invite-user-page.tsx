import { Alert, Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { ROLES, type Role } from '@simpul/contracts';
import { ErrorSummary, PageHeader, TextField, localErrors, mapServerErrors, type MappedErrors } from '@simpul/ui';
import { useBasePath, useLanguage, useMutation, useSession, useT } from '@simpul/web-kit';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { canManageUsers, isNationalAdmin } from '../admin/admin-access';
import { adminCrumbs } from '../admin/admin-crumbs';
import { NotAllowed } from '../admin/not-allowed';
import { REGISTRY } from '../messages';
import { BindingFields, bindingIds, type Binding } from './binding-fields';
import { bindingOf, INVITE_USER, type UserRow } from './user.operations';

const FIELDS = ['email', 'name', 'role', 'serviceUnitId', 'mallId', 'language'] as const;
const fieldId = (field: string) => `invite-${field}`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Undang pengguna: the account is created and a one-time link to set a password is e-mailed. */
export function InviteUserPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  // Typed as maybe a promise (a data router's); nothing here waits for it, hence `void navigate(…)`.
  const navigate = useNavigate();
  const [pageLanguage] = useLanguage();
  const { user } = useSession();
  const admin = isNationalAdmin(user);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [mailLanguage, setMailLanguage] = useState<'id' | 'en'>(pageLanguage);
  const [binding, setBinding] = useState<Binding>({ unit: null, mall: null });
  const [errors, setErrors] = useState<MappedErrors>({ fields: {}, summary: [] });
  const [invited, setInvited] = useState<UserRow | null>(null);
  const [invite, { loading }] = useMutation(INVITE_USER);

  const title = t('invite.title');
  const crumbs = adminCrumbs(to, t, { label: t('users.title'), to: to('/admin/users') }, { label: title });
  if (!canManageUsers(user)) return <NotAllowed title={title} breadcrumbs={crumbs} reason={t('admin.notAllowed')} />;
  const roles: readonly Role[] = admin ? ROLES : ['MPP_OPERATOR', 'UNIT_DESK'];

  function validate(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!EMAIL.test(email.trim())) found['email'] = t('invite.emailInvalid');
    if (!name.trim()) found['name'] = t('invite.nameMissing');
    if (!role) found['role'] = t('invite.roleMissing');
    if (bindingOf(role) === 'unit' && !binding.unit) found['serviceUnitId'] = t('invite.unitMissing');
    if (bindingOf(role) === 'mall' && admin && !binding.mall) found['mallId'] = t('invite.mallMissing');
    return found;
  }

  // Never rejects: the mutation resolves to the errors it shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = validate();
    if (Object.keys(local).length) return setErrors(localErrors(local, fieldId));
    const result = await invite({
      input: {
        email: email.trim(),
        name: name.trim(),
        role: role as Role,
        ...bindingIds(role, binding, user?.mallId ?? null, admin),
        language: mailLanguage,
      },
    });
    if (result.errors) return setErrors(mapServerErrors(result.errors, FIELDS, fieldId));
    setErrors({ fields: {}, summary: [] });
    setInvited(result.data.inviteUser);
  }

  if (invited) {
    return (
      <>
        <PageHeader title={title} breadcrumbs={crumbs} />
        <Alert color="green" title={t('invite.sentTitle')} role="status">
          <Stack gap="sm">
            <Text c="dark">{t('invite.sent', { name: invited.name, email: invited.email })}</Text>
            <Group>
              <Anchor component={Link} to={to(`/admin/users/${invited.id}`)}>
                {t('invite.openUser', { name: invited.name })}
              </Anchor>
              <Button
                variant="default"
                onClick={() => {
                  setInvited(null);
                  setEmail('');
                  setName('');
                  setRole('');
                  setBinding({ unit: null, mall: null });
                }}
              >
                {t('invite.another')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title={title} description={t('invite.description')} breadcrumbs={crumbs} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={errors.summary} />
        <Stack gap="lg" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField
              id={fieldId('email')}
              label={t('users.email')}
              type="email"
              required
              autoComplete="off"
              spellCheck={false}
              value={email}
              error={errors.fields['email']}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <TextField
              id={fieldId('name')}
              label={t('users.name')}
              required
              autoComplete="off"
              value={name}
              error={errors.fields['name']}
              onChange={(e) => setName(e.currentTarget.value)}
            />
          </SimpleGrid>
          <NativeSelect
            id={fieldId('role')}
            label={t('users.role')}
            required
            value={role}
            error={errors.fields['role'] || undefined}
            onChange={(e) => {
              setRole(e.currentTarget.value as Role | '');
              setBinding({ unit: null, mall: null });
            }}
            data={[{ value: '', label: t('form.choose') }, ...roles.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
          />
          <BindingFields idPrefix="invite" role={role} binding={binding} onChange={setBinding} errors={errors.fields} />
          <NativeSelect
            id={fieldId('language')}
            label={t('invite.language')}
            value={mailLanguage}
            onChange={(e) => setMailLanguage(e.currentTarget.value === 'en' ? 'en' : 'id')}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
          />
          <Group>
            <Button type="submit" size="md" loading={loading} loaderProps={{ 'aria-label': t('invite.sending') }}>
              {t('invite.submit')}
            </Button>
            <Button variant="default" size="md" onClick={() => void navigate(to('/admin/users'))}>
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
