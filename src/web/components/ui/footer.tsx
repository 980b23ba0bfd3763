// Footer shared by every page, with the link to the API reference.
import { Anchor, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router.js';

export function Footer() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py="lg" component="footer">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('footer.about')}
        </Text>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to="/wilayah" size="sm">
            {t('nav.regions')}
          </Anchor>
          <Anchor component={Link} to="/kalkulator-tenggat" size="sm">
            {t('nav.deadlines')}
          </Anchor>
          <Anchor href="/api/docs" size="sm" data-testid="footer-api-docs">
            {t('footer.apiDocs')}
          </Anchor>
        </Group>
      </Group>
    </Container>
  );
}
