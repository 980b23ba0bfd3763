// The screen an administrator gets until TOTP is on: nothing else of the API answers before that.
import { Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/brand.js';
import { Footer } from '../../components/ui/footer.js';
import { LanguageSwitch } from '../../components/ui/language-switch.js';
import { usePageTitle } from '../../components/ui/page.js';
import { SkipLink } from '../../components/ui/public-layout.js';
import { navigate } from '../../router.js';
import { useSession, useUser } from './session.js';
import { TotpEnrolment } from './totp-enrolment.js';

export function EnrolPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  usePageTitle(t('totp.enrolTitle'));
  return (
    <Box style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }} bg="gray.0">
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="md" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Brand to="/konsol" />
            <Group gap="sm">
              <LanguageSwitch />
              <Button variant="default" size="xs" onClick={() => void signOut()} data-testid="sign-out">
                {t('auth.signOut')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
        <Container size="md" py="xl">
          <Paper withBorder radius="md" p="xl">
            <Stack gap="md">
              <Title order={1} size="h2">
                {t('totp.enrolTitle')}
              </Title>
              <Text>{t('totp.enrolIntro', { username: user.username, office: user.office.name })}</Text>
              <TotpEnrolment autoStart onEnabled={() => navigate('/konsol', { replace: true })} />
            </Stack>
          </Paper>
        </Container>
      </Box>
      <Footer />
    </Box>
  );
}
