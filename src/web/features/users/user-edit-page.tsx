// One user: edit name, e-mail, role and status; reset the password; unlock; reset TOTP.
import { Alert, Button, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES_BY_OFFICE_KIND, type Role } from '../../../core/access.js';
import { api } from '../../api/client.js';
import type { User, UserUpdate } from '../../api/types.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { useOfficeTime } from '../cases/case-format.js';
import { Link, useLocation } from '../../router.js';
import { useSession } from '../auth/session.js';
import { useOffice } from '../offices/use-offices.js';
import { StatusBadges } from './users-page.js';

function UserForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { can, user: me } = useSession();
  const queryClient = useQueryClient();
  const office = useOffice(user.office.id);
  const editable = can('users.manage');
  const [displayName, setDisplayName] = useState(user.displayName);
  const [email, setEmail] = useState(user.email ?? '');
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: UserUpdate) => api.patch<User>(`/api/v1/users/${user.id}`, body),
    onSuccess: (u, body) => {
      queryClient.setQueryData(['user', u.id], u);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      setPassword('');
      setDone(body.unlock ? t('users.unlocked') : body.resetTotp ? t('users.totpReset') : body.password ? t('users.passwordReset') : t('common.saved'));
    },
    onMutate: () => setDone(null),
  });

  const allowed = office.data ? ROLES_BY_OFFICE_KIND[office.data.kind] : [user.role];
  const changes: UserUpdate = {};
  if (displayName.trim() !== user.displayName) changes.displayName = displayName.trim();
  if ((email.trim() || null) !== user.email) changes.email = email.trim() || null;
  if (role !== user.role) changes.role = role;
  if (active !== user.active) changes.active = active;
  if (password) changes.password = password;
  const dirty = Object.keys(changes).length > 0;
  const self = me?.id === user.id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dirty) save.mutate(changes);
  };
  const err = (f: string) => fieldError(save.error, f);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('users.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} readOnly={!editable} error={err('displayName')} data-testid="user-displayName" />
              <TextInput label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} readOnly={!editable} error={err('email')} data-testid="user-email" />
              <Select
                label={t('users.role')}
                value={role}
                allowDeselect={false}
                onChange={(v) => v && setRole(v as Role)}
                data={allowed.map((r) => ({ value: r, label: labels.role(r) }))}
                disabled={!editable}
                error={err('role')}
                data-testid="user-role"
              />
              {editable ? (
                <PasswordInput
                  label={t('users.newPassword')}
                  description={t('users.newPasswordHint')}
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={err('password')}
                  data-testid="user-new-password"
                />
              ) : null}
            </SimpleGrid>
            <Switch
              label={t('users.activeLabel')}
              description={self ? t('users.selfHint') : t('users.activeHint')}
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
              disabled={!editable}
              data-testid="user-active"
            />
            {editable ? (
              <Group>
                <Button type="submit" loading={save.isPending && !save.variables?.unlock && !save.variables?.resetTotp} disabled={!dirty} data-testid="user-save">
                  {t('common.save')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </form>
      </Paper>

      {editable ? (
        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="xs">
            {t('users.security')}
          </Title>
          <Stack gap="sm" align="flex-start">
            <Group gap="sm" wrap="wrap">
              <Button variant="default" disabled={!user.locked} loading={save.isPending && !!save.variables?.unlock} onClick={() => save.mutate({ unlock: true })} data-testid="user-unlock">
                {t('users.unlock')}
              </Button>
              <Text size="sm" c="dimmed">
                {user.locked ? t('users.lockedHint') : t('users.notLocked')}
              </Text>
            </Group>
            <Group gap="sm" wrap="wrap">
              <Button
                variant="default"
                color="red"
                disabled={!user.totpEnabled}
                loading={save.isPending && !!save.variables?.resetTotp}
                onClick={() => {
                  if (window.confirm(t('users.resetTotpConfirm', { name: user.displayName }))) save.mutate({ resetTotp: true });
                }}
                data-testid="user-reset-totp"
              >
                {t('users.resetTotp')}
              </Button>
              <Text size="sm" c="dimmed">
                {user.totpEnabled ? t('users.totpOnHint') : t('users.totpOff')}
              </Text>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <ApiErrorAlert error={save.error} testId="user-error" />
      {done ? (
        <Alert color="green" variant="light" role="status" data-testid="user-saved">
          {done}
        </Alert>
      ) : null}
    </Stack>
  );
}

export function UserEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const officeTime = useOfficeTime();
  const { search } = useLocation();
  const user = useQuery({
    queryKey: ['user', id],
    queryFn: ({ signal }) => api.get<User>(`/api/v1/users/${id}`, undefined, signal),
  });

  return (
    <>
      <PageHeader
        title={user.data?.displayName ?? t('users.title')}
        description={user.data ? `${user.data.username} · ${labels.role(user.data.role)} · ${user.data.office.name}` : undefined}
        actions={
          <Button variant="subtle" component={Link} to="/konsol/pengguna">
            {t('common.backToList')}
          </Button>
        }
      />
      <QueryState isPending={user.isPending} error={user.error}>
        {() => {
          const u = user.data as User;
          return (
            <Stack gap="md" maw={860}>
              {search.get('dibuat') ? (
                <Alert color="green" variant="light" role="status" data-testid="user-created">
                  {t('users.created', { username: u.username })}
                </Alert>
              ) : null}
              <Group gap="sm">
                <StatusBadges user={u} />
                <Text size="sm" c="dimmed">
                  {t('users.lastLogin')}: {officeTime(u.lastLoginAt)}
                </Text>
              </Group>
              <UserForm key={u.id} user={u} />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
