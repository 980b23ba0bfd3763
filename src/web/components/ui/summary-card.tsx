// A card of the console's home: a title, a link to the full list, and its figures.
import { Anchor, Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from '../../router.js';

export function SummaryCard({ title, to, linkLabel, testId, children }: { title: string; to: string; linkLabel: string; testId: string; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Anchor component={Link} to={to} size="sm">
          {linkLabel}
        </Anchor>
      </Group>
      {children}
    </Card>
  );
}
