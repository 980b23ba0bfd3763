// The page for a path no route knows.
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router.js';
import { usePageTitle } from './page.js';

export function NotFound({ home = '/' }: { home?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack align="flex-start" gap="sm" py="xl" data-testid="not-found">
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text c="dimmed">{t('notFound.text')}</Text>
      <Button component={Link} to={home}>
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
