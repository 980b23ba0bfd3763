// Sign-in: user name and password, then a TOTP code when the server asks for one.
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client.js';
import type { Session } from '../../api/types.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { usePageTitle } from '../../components/ui/page.js';
import { PublicLayout } from '../../components/ui/public-layout.js';
import { navigate, Redirect, useLocation } from '../../router.js';
import { ENROL_PATH, useSession } from './session.js';

type Credentials = { username: string; password: string; totp?: string };

export function SignInPage() {
  const { t } = useTranslation();
  const { state, accept } = useSession();
  const { search } = useLocation();
  // Where to go after signing in: a console path the guard sent us from, else the console home.
  const next = search.get('lanjut')?.startsWith('/konsol/') ? (search.get('lanjut') as string) : '/konsol';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('auth.title'));

  const login = useMutation({
    mutationFn: (body: Credentials) => api.post<Session>('/api/v1/auth/login', body),
    onSuccess: (session) => {
      accept(session);
      navigate(session.user.mustEnrollTotp ? ENROL_PATH : next, { replace: true });
    },
    onError: (e) => {
      if (e instanceof ApiError && (e.code === 'TOTP_REQUIRED' || e.code === 'TOTP_INVALID')) {
        setNeedTotp(true);
        setTotp('');
      }
    },
  });

  useEffect(() => {
    if (needTotp) totpRef.current?.focus();
  }, [needTotp, login.error]);

  if (state.status === 'signed-in' && !login.isPending && !login.isSuccess) {
    return <Redirect to={state.user.mustEnrollTotp ? ENROL_PATH : next} />;
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(needTotp ? { username: username.trim(), password, totp } : { username: username.trim(), password });
  };
  // TOTP_REQUIRED is a step, not a failure: explain it instead of showing it as an error.
  const askedForTotp = login.error instanceof ApiError && login.error.code === 'TOTP_REQUIRED';

  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" radius="md" p="xl" maw={440} mx="auto">
        <form onSubmit={submit} noValidate aria-describedby="sign-in-intro">
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('auth.title')}
            </Title>
            <Text size="sm" c="dimmed" id="sign-in-intro">
              {t('auth.intro')}
            </Text>
            {login.error && !askedForTotp ? <ApiErrorAlert error={login.error} testId="login-error" /> : null}
            <TextInput
              label={t('auth.username')}
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              readOnly={needTotp}
              data-testid="login-username"
              autoFocus
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              readOnly={needTotp}
              data-testid="login-password"
            />
            {needTotp ? (
              <>
                {askedForTotp ? (
                  <Alert color="netra" variant="light" role="status">
                    {t('auth.totpAsked')}
                  </Alert>
                ) : null}
                <TextInput
                  ref={totpRef}
                  label={t('auth.totp')}
                  description={t('auth.totpHint')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9]{6}"
                  maxLength={6}
                  required
                  value={totp}
                  onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
                  data-testid="login-totp"
                />
              </>
            ) : null}
            <Button type="submit" loading={login.isPending} data-testid="login-submit" fullWidth>
              {t('auth.submit')}
            </Button>
            {needTotp ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => {
                  setNeedTotp(false);
                  setTotp('');
                  login.reset();
                }}
              >
                {t('auth.otherAccount')}
              </Button>
            ) : null}
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
