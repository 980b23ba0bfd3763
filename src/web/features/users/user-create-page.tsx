// New user: the office decides which roles may be given (ROLES_BY_OFFICE_KIND).
import { Button, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES_BY_OFFICE_KIND, type Role } from '../../../core/access.js';
import { api } from '../../api/client.js';
import type { User, UserCreate } from '../../api/types.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { PageHeader } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { Link, navigate, useLocation } from '../../router.js';
import { useUser } from '../auth/session.js';
import { OfficeSelect } from '../offices/office-select.js';
import { useOffice } from '../offices/use-offices.js';

export function UserCreatePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useUser();
  const { search } = useLocation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [officeId, setOfficeId] = useState(search.get('officeId') || me.office.id);
  const [role, setRole] = useState<Role | ''>('');
  const [password, setPassword] = useState('');

  const office = useOffice(officeId || undefined).data;
  const allowed = office ? ROLES_BY_OFFICE_KIND[office.kind] : [];

  const create = useMutation({
    mutationFn: (body: UserCreate) => api.post<User>('/api/v1/users', body),
    onSuccess: (u) => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      navigate(`/konsol/pengguna/${u.id}?dibuat=1`, { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!role) return;
    create.mutate({ username: username.trim(), displayName: displayName.trim(), email: email.trim() || null, officeId, role, password });
  };
  const err = (f: string) => fieldError(create.error, f);

  return (
    <>
      <PageHeader title={t('users.new')} description={t('users.newIntro')} />
      <Paper withBorder radius="md" p="lg" maw={860}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <OfficeSelect
                label={t('users.office')}
                required
                activeOnly
                placeholder={t('common.choose')}
                value={officeId || null}
                onChange={(o) => {
                  setOfficeId(o?.id ?? '');
                  if (role && (!o || !ROLES_BY_OFFICE_KIND[o.kind].includes(role))) setRole('');
                }}
                error={err('officeId')}
                testId="user-office"
              />
              <Select
                label={t('users.role')}
                description={office ? t('users.rolesFor', { kind: labels.officeKind(office.kind) }) : undefined}
                required
                placeholder={t('common.choose')}
                value={role || null}
                allowDeselect={false}
                onChange={(v) => setRole((v ?? '') as Role | '')}
                data={allowed.map((r) => ({ value: r, label: labels.role(r) }))}
                error={err('role')}
                data-testid="user-role"
              />
              <TextInput
                label={t('users.username')}
                description={t('users.usernameHint')}
                required
                autoComplete="off"
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())}
                error={err('username')}
                data-testid="user-username"
              />
              <TextInput
                label={t('users.displayName')}
                required
                value={displayName}
                onChange={(e) => setDisplayName(e.currentTarget.value)}
                error={err('displayName')}
                data-testid="user-displayName"
              />
              <TextInput label={t('users.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={err('email')} data-testid="user-email" />
              <PasswordInput
                label={t('users.password')}
                description={t('users.passwordHint')}
                required
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={err('password')}
                data-testid="user-password"
              />
            </SimpleGrid>
            <ApiErrorAlert error={create.error} testId="user-error" />
            <Group>
              <Button type="submit" loading={create.isPending} disabled={!role || !officeId} data-testid="user-submit">
                {t('users.create')}
              </Button>
              <Button variant="default" component={Link} to="/konsol/pengguna">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
