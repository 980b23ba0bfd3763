// Layout of the public pages: brand, a few links, the language switch, and the footer.
import { Anchor, Box, Button, Container, Divider, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../features/auth/session.js';
import { Link } from '../../router.js';
import { Brand } from './brand.js';
import { Footer } from './footer.js';
import { LanguageSwitch } from './language-switch.js';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a href="#main" className="netra-skip-link">
      {t('common.skipToContent')}
    </a>
  );
}

export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  const { state } = useSession();
  return (
    <Box style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Brand />
            <Group gap="md" wrap="wrap" component="nav" aria-label={t('nav.public')}>
              <Anchor component={Link} to="/wilayah" size="sm" data-testid="nav-public-regions">
                {t('nav.regions')}
              </Anchor>
              <Anchor component={Link} to="/kalkulator-tenggat" size="sm" visibleFrom="sm">
                {t('nav.deadlines')}
              </Anchor>
              <Anchor component={Link} to="/pengumuman" size="sm" data-testid="nav-public-notices">
                {t('nav.notices')}
              </Anchor>
              {state.status === 'signed-in' ? (
                <Button component={Link} to="/konsol" size="xs" data-testid="nav-console">
                  {t('nav.console')}
                </Button>
              ) : (
                <Button component={Link} to="/masuk" size="xs" data-testid="nav-sign-in">
                  {t('nav.signIn')}
                </Button>
              )}
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
        {wide ? children : (
          <Container size="lg" py="xl">
            {children}
          </Container>
        )}
      </Box>
      <Divider />
      <Footer />
    </Box>
  );
}
