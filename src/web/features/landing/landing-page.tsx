// Public landing page: what Netra is, who it is for, and what an ASN may not do.
import { Anchor, Blockquote, Box, Button, Card, Container, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/ui/page.js';
import { PublicLayout } from '../../components/ui/public-layout.js';
import { Link } from '../../router.js';

const STAGES = ['prevent', 'watch', 'handle', 'follow'] as const;
const AUDIENCES = ['bawaslu', 'panwaslu', 'tps', 'partners'] as const;

function Cross() {
  return (
    <ThemeIcon color="red.8" size={22} radius="xl" aria-hidden>
      <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
        <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </ThemeIcon>
  );
}

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('landing.pageTitle'));
  const donts = t('landing.donts.items', { returnObjects: true }) as string[];

  return (
    <PublicLayout wide>
      <Box bg="netra.9" c="white" py={{ base: 40, sm: 64 }}>
        <Container size="lg">
          <Stack gap="md" maw={760}>
            <Text tt="uppercase" fw={700} size="sm" c="netra.1" style={{ letterSpacing: 1 }}>
              {t('landing.kicker')}
            </Text>
            <Title order={1} size="h1" fz={{ base: 30, sm: 42 }} lh={1.15}>
              {t('landing.title')}
            </Title>
            <Text size="lg" c="netra.0">
              {t('landing.lead')}
            </Text>
            <Group gap="sm" mt="sm" wrap="wrap">
              <Button component={Link} to="/masuk" size="md" variant="white" color="netra" data-testid="landing-sign-in">
                {t('landing.cta.signIn')}
              </Button>
              <Button component={Link} to="/wilayah" size="md" variant="outline" color="gray.0" data-testid="landing-regions">
                {t('landing.cta.regions')}
              </Button>
              <Button component={Link} to="/kalkulator-tenggat" size="md" variant="outline" color="gray.0" data-testid="landing-deadlines">
                {t('landing.cta.deadlines')}
              </Button>
              <Button component="a" href="/api/docs" size="md" variant="subtle" color="gray.0" data-testid="landing-api-docs">
                {t('landing.cta.api')}
              </Button>
            </Group>
          </Stack>
        </Container>
      </Box>

      <Container size="lg" py="xl">
        <Stack gap={48}>
          <section aria-labelledby="stages-heading">
            <Title order={2} id="stages-heading" mb="xs">
              {t('landing.stages.title')}
            </Title>
            <Text c="dimmed" mb="lg" maw={760}>
              {t('landing.stages.lead')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
              {STAGES.map((s, i) => (
                <Card key={s} withBorder radius="md" padding="lg">
                  <Text c="netra.7" fw={800} size="xl" aria-hidden>
                    {i + 1}
                  </Text>
                  <Title order={3} size="h4" mt={4} mb={6}>
                    {t(`landing.stages.${s}.title`)}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t(`landing.stages.${s}.text`)}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>

          <section aria-labelledby="audience-heading">
            <Title order={2} id="audience-heading" mb="lg">
              {t('landing.audience.title')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {AUDIENCES.map((a) => (
                <Card key={a} withBorder radius="md" padding="lg">
                  <Title order={3} size="h4" mb={6}>
                    {t(`landing.audience.${a}.title`)}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t(`landing.audience.${a}.text`)}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>

          <section aria-labelledby="donts-heading">
            <Title order={2} id="donts-heading" mb="xs">
              {t('landing.donts.title')}
            </Title>
            <Text c="dimmed" mb="md" maw={760}>
              {t('landing.donts.lead')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
              <List spacing="sm" icon={<Cross />} data-testid="landing-donts">
                {donts.map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
              <Blockquote color="netra" cite={t('landing.donts.cite')} style={{ alignSelf: 'start' }}>
                <Text fw={700} size="xl">
                  {t('landing.donts.quote')}
                </Text>
              </Blockquote>
            </SimpleGrid>
          </section>

          <section aria-labelledby="law-heading">
            <Title order={2} size="h3" id="law-heading" mb="xs">
              {t('landing.law.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={760}>
              {t('landing.law.text')}
            </Text>
            <Text size="sm" mt="sm">
              <Anchor component={Link} to="/wilayah">
                {t('landing.cta.regions')}
              </Anchor>
              {' · '}
              <Anchor component={Link} to="/kalkulator-tenggat">
                {t('landing.cta.deadlines')}
              </Anchor>
              {' · '}
              <Anchor href="/api/docs">{t('landing.cta.api')}</Anchor>
            </Text>
          </section>
        </Stack>
      </Container>
    </PublicLayout>
  );
}
