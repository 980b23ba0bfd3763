// Akun saya: who I am, change my password, and my two-factor sign-in (TOTP).
import { Alert, Badge, Button, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TOTP_REQUIRED_ROLES } from '../../../core/access.js';
import { api } from '../../api/client.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { PageHeader } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { useUser } from '../auth/session.js';
import { TotpEnrolment } from '../auth/totp-enrolment.js';

function PasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/api/v1/auth/password', body),
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setConfirm('');
    },
  });
  const mismatch = confirm.length > 0 && confirm !== next;
  const tooShort = next.length > 0 && next.length < 10;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mismatch || tooShort || !current || !next) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={fieldError(change.error, 'currentPassword')}
          data-testid="password-current"
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('users.passwordHint')}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={tooShort ? t('account.tooShort') : fieldError(change.error, 'newPassword')}
          data-testid="password-new"
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch ? t('account.mismatch') : undefined}
          data-testid="password-confirm"
        />
        <ApiErrorAlert error={change.error} testId="password-error" />
        {change.isSuccess ? (
          <Alert color="green" variant="light" role="status" data-testid="password-changed">
            {t('account.passwordChanged')}
          </Alert>
        ) : null}
        <Button type="submit" loading={change.isPending} disabled={!current || !next || mismatch || tooShort} data-testid="password-submit" style={{ alignSelf: 'flex-start' }}>
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const [enrolling, setEnrolling] = useState(false);
  const required = TOTP_REQUIRED_ROLES.includes(user.role);

  return (
    <>
      <PageHeader title={t('areas.account')} />
      <Stack gap="md" maw={860}>
        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('account.profile')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Text size="sm">
              {t('users.displayName')}: <strong>{user.displayName}</strong>
            </Text>
            <Text size="sm">
              {t('users.username')}: <strong data-testid="account-username">{user.username}</strong>
            </Text>
            <Text size="sm">
              {t('users.role')}: <strong>{labels.role(user.role)}</strong>
            </Text>
            <Text size="sm">
              {t('users.office')}: <strong>{user.office.name}</strong> ({labels.officeKind(user.office.kind)})
            </Text>
          </SimpleGrid>
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="sm">
            {t('account.changePassword')}
          </Title>
          <PasswordForm />
        </Paper>

        <Paper withBorder radius="md" p="lg">
          <Title order={2} size="h4" mb="xs">
            {t('account.totpTitle')}{' '}
            <Badge color={user.totpEnabled ? 'green' : 'gray'} variant="light" data-testid="totp-status">
              {user.totpEnabled ? t('account.totpOn') : t('account.totpOff')}
            </Badge>
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {required ? t('account.totpRequired') : t('account.totpOptional')}
          </Text>
          {user.totpEnabled ? (
            <Text size="sm">{t('account.totpOnHint')}</Text>
          ) : enrolling ? (
            <TotpEnrolment autoStart />
          ) : (
            <Button onClick={() => setEnrolling(true)} data-testid="totp-start">
              {t('totp.start')}
            </Button>
          )}
        </Paper>
      </Stack>
    </>
  );
}
