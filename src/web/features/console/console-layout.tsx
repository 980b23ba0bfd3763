// The staff console frame: header with office, user, language and sign-out; side navigation.
import { AppShell, Box, Burger, Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/brand.js';
import { Footer } from '../../components/ui/footer.js';
import { LanguageSwitch } from '../../components/ui/language-switch.js';
import { SkipLink } from '../../components/ui/public-layout.js';
import { useLabels } from '../../i18n/labels.js';
import { useSession, useUser } from '../auth/session.js';
import { ConsoleNav } from './console-nav.js';

export function ConsoleLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const { signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <SkipLink />
      <AppShell.Header bg="netra.9" c="white" style={{ borderBottom: 'none' }}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" color="white" aria-label={t('nav.menu')} aria-expanded={opened} />
            <Brand to="/konsol" inverted />
            <Text size="sm" c="netra.1" truncate visibleFrom="sm" data-testid="current-office">
              {user.office.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm" data-testid="current-user">
              <Text size="sm" fw={600} lh={1.2} truncate maw={240}>
                {user.displayName}
              </Text>
              <Text size="xs" c="netra.1" lh={1.2}>
                {labels.role(user.role)}
              </Text>
            </Stack>
            <LanguageSwitch inverted />
            <Button variant="white" color="netra" size="xs" onClick={() => void signOut()} data-testid="sign-out">
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section hiddenFrom="sm" mb="sm">
          <Text size="sm" fw={600}>
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {labels.role(user.role)} · {user.office.name}
          </Text>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <ConsoleNav onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0" style={{ display: 'flex', flexDirection: 'column', outline: 'none' }}>
        <Box style={{ flex: 1 }} maw={1200} w="100%">
          {children}
        </Box>
        <Footer />
      </AppShell.Main>
    </AppShell>
  );
}
