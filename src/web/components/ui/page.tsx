// Page scaffolding: a titled header with optional actions, the document title, and loading states.
import { Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './api-error.js';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Netra` : 'Netra';
  }, [title]);
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="sm">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-hidden />
      <Text ml="sm" c="dimmed" size="sm">
        {t('common.loading')}
      </Text>
    </Center>
  );
}

/** Renders loading, error or the children for a query's state. */
export function QueryState({ isPending, error, children }: { isPending: boolean; error: unknown; children: () => ReactNode }) {
  if (error) return <ApiErrorAlert error={error} />;
  if (isPending) return <Loading />;
  return <>{children()}</>;
}
