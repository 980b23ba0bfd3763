// TOTP enrolment: ask the server for a secret, show it (grouped in fours, as text and as a QR code
// drawn locally), then confirm with a first 6-digit code.
import { Alert, Box, Button, Code, Group, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Session, TotpSetup } from '../../api/types.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { useSession } from './session.js';

export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

function useQrDataUrl(text: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setUrl(null);
    if (text) {
      QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 200 })
        .then((u) => live && setUrl(u))
        .catch(() => live && setUrl(null));
    }
    return () => {
      live = false;
    };
  }, [text]);
  return url;
}

export function TotpEnrolment({ autoStart = false, onEnabled }: { autoStart?: boolean; onEnabled?: (s: Session) => void }) {
  const { t } = useTranslation();
  const { accept } = useSession();
  const [code, setCode] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const setup = useMutation({
    mutationFn: () => api.post<TotpSetup>('/api/v1/auth/totp/setup'),
    onSuccess: () => setTimeout(() => codeRef.current?.focus(), 0),
  });
  const enable = useMutation({
    mutationFn: (c: string) => api.post<Session>('/api/v1/auth/totp/enable', { code: c }),
    onSuccess: (s) => {
      accept(s);
      onEnabled?.(s);
    },
  });

  useEffect(() => {
    // One setup call per screen, even under StrictMode's double effects: a second call would
    // replace the secret shown with one the user never sees.
    if (autoStart && !started.current) {
      started.current = true;
      setup.mutate();
    }
  }, [autoStart, setup]);

  const qr = useQrDataUrl(setup.data?.otpauthUri);

  if (enable.isSuccess) {
    return (
      <Alert color="green" variant="light" role="status" data-testid="totp-enabled">
        {t('totp.enabled')}
      </Alert>
    );
  }

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <ApiErrorAlert error={setup.error} />
        <Button onClick={() => setup.mutate()} loading={setup.isPending} data-testid="totp-start">
          {t('totp.start')}
        </Button>
      </Stack>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    enable.mutate(code);
  };

  return (
    <Stack gap="md">
      <List type="ordered" spacing="xs" size="sm">
        <List.Item>{t('totp.step1')}</List.Item>
        <List.Item>{t('totp.step2')}</List.Item>
        <List.Item>{t('totp.step3')}</List.Item>
      </List>
      <Group align="flex-start" gap="lg" wrap="wrap">
        {qr ? <Image src={qr} alt={t('totp.qrAlt')} w={200} h={200} radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} /> : null}
        <Stack gap="xs" style={{ flex: 1, minWidth: 240 }}>
          <Text size="sm" fw={600} id="totp-secret-label">
            {t('totp.secret')}
          </Text>
          <Code
            block
            aria-labelledby="totp-secret-label"
            data-testid="totp-secret"
            data-secret={setup.data.secret}
            style={{ fontSize: '1.15rem', letterSpacing: 1, wordBreak: 'break-all' }}
          >
            {groupSecret(setup.data.secret)}
          </Code>
          <Text size="sm" fw={600} mt="xs" id="totp-uri-label">
            {t('totp.uri')}
          </Text>
          <Box>
            <Code block aria-labelledby="totp-uri-label" data-testid="totp-uri" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
              {setup.data.otpauthUri}
            </Code>
          </Box>
        </Stack>
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={320}>
          <TextInput
            ref={codeRef}
            label={t('totp.code')}
            description={t('totp.codeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
            error={fieldError(enable.error, 'code')}
            data-testid="totp-code"
          />
          <ApiErrorAlert error={enable.error} testId="totp-error" />
          <Button type="submit" loading={enable.isPending} disabled={code.length !== 6} data-testid="totp-submit">
            {t('totp.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
