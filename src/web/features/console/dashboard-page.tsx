// Beranda of the console: who you are, your office and its jurisdiction, and where to go next.
import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { RegionDetail } from '../../api/types.js';
import { PageHeader } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { Link } from '../../router.js';
import { useSession, useUser } from '../auth/session.js';
import { DeadlineSummaryCard } from '../cases/deadline-board-page.js';
import { NoticesSummaryCard } from '../cases/notices-panel.js';
import { AREAS } from './console-nav.js';

function Jurisdiction({ regionCode }: { regionCode: string | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const region = useQuery({
    queryKey: ['region', regionCode],
    queryFn: ({ signal }) => api.get<RegionDetail>(`/api/v1/regions/${regionCode}`, undefined, signal),
    enabled: !!regionCode,
  });
  if (!regionCode) return <Text data-testid="jurisdiction">{t('dashboard.national')}</Text>;
  if (!region.data) return <Text data-testid="jurisdiction">{regionCode}</Text>;
  const r = region.data;
  const path = [...r.parents].reverse().map((p) => p.name);
  return (
    <Stack gap={4} data-testid="jurisdiction">
      <Text fw={600}>
        <Anchor component={Link} to={`/konsol/wilayah/${r.code}`}>
          {r.name}
        </Anchor>
        {path.length ? `, ${path.join(', ')}` : ''}
      </Text>
      <Group gap="xs">
        <Badge variant="light">{labels.level(r.levelName)}</Badge>
        <Badge variant="outline">{r.code}</Badge>
        <Badge variant="outline" color="gray">
          {r.timeZone}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('dashboard.children', { count: r.children.length })}
      </Text>
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const { can } = useSession();
  const areas = AREAS.filter((a) => a.key !== 'dashboard' && (!a.needs || can(a.needs)));

  return (
    <>
      <PageHeader title={t('dashboard.title', { name: user.displayName })} description={t('dashboard.intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('dashboard.office')}
          </Title>
          <Stack gap={4}>
            <Text fw={600} data-testid="dashboard-office">
              {user.office.name}
            </Text>
            <Text size="sm" c="dimmed">
              {labels.officeKind(user.office.kind)} · {user.office.code}
            </Text>
            <Text size="sm">
              {t('dashboard.yourRole')}: <strong>{labels.role(user.role)}</strong>
            </Text>
            {user.totpEnabled ? (
              <Badge color="green" variant="light" mt={4}>
                TOTP: {t('account.totpOn')}
              </Badge>
            ) : null}
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            {t('dashboard.jurisdiction')}
          </Title>
          <Jurisdiction regionCode={user.office.regionCode} />
        </Card>
        {can('cases.read') ? <DeadlineSummaryCard /> : null}
        {can('cases.read') ? <NoticesSummaryCard /> : null}
      </SimpleGrid>

      <Title order={2} size="h4" mt="xl" mb="sm">
        {t('dashboard.goTo')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {areas.map((a) => (
          <Card key={a.key} withBorder radius="md" padding="md" component={Link} to={a.to} data-testid={`dashboard-go-${a.key}`}>
            <Text fw={600} c="netra.8">
              {t(`areas.${a.key}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`dashboard.about.${a.key}`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      <Alert mt="xl" variant="light" color="gray" title={t('dashboard.comingTitle')}>
        {t('dashboard.comingText')}
      </Alert>
    </>
  );
}
