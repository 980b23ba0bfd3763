// Previous / next paging for offset-based lists.
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Pager({ offset, limit, count, onChange }: { offset: number; limit: number; count: number; onChange: (offset: number) => void }) {
  const { t } = useTranslation();
  if (offset === 0 && count < limit) return null;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('common.range', { from: count ? offset + 1 : 0, to: offset + count })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))} data-testid="page-prev">
          {t('common.previous')}
        </Button>
        <Button variant="default" size="xs" disabled={count < limit} onClick={() => onChange(offset + limit)} data-testid="page-next">
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
