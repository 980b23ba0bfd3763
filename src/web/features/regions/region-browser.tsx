// Region browser: search by name or code, or walk down from the 38 provinces. Used publicly at
// /wilayah and inside the console at /konsol/wilayah.
import { Anchor, Badge, Breadcrumbs, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Items, Region, RegionDetail } from '../../api/types.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { Link, navigate, useLocation, withQuery } from '../../router.js';
import { ListTable } from '../../components/ui/list-table.js';

function RegionTable({ regions, base, testId, rowTestId, caption }: { regions: Region[]; base: string; testId: string; rowTestId: string; caption: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <ListTable minWidth={520} testId={testId} hover caption={caption} columns={[t('regions.name'), t('regions.code'), t('regions.level'), t('regions.timeZone')]}>
      {regions.map((r) => (
        <Table.Tr key={r.code} data-testid={rowTestId} data-code={r.code}>
          <Table.Td>
            <Anchor component={Link} to={`${base}/${r.code}`} fw={500}>
              {r.name}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text ff="monospace" size="sm">
              {r.code}
            </Text>
          </Table.Td>
          <Table.Td>{labels.level(r.levelName)}</Table.Td>
          <Table.Td>
            <Badge variant="outline" color="gray" size="sm">
              {r.timeZone}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

function SearchResults({ q, level, base }: { q: string; level: string; base: string }) {
  const { t } = useTranslation();
  const res = useQuery({
    queryKey: ['regions', 'search', q, level],
    queryFn: ({ signal }) => api.get<Items<Region>>('/api/v1/regions', { q, level, limit: 50 }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <QueryState isPending={res.isPending} error={res.error}>
      {() => (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="region-results-count">
            {t('regions.results', { count: res.data?.items.length ?? 0, q })}
          </Text>
          {res.data?.items.length ? <RegionTable regions={res.data.items} base={base} testId="region-results" rowTestId="region-result" caption={t('regions.resultsCaption', { q })} /> : null}
        </Stack>
      )}
    </QueryState>
  );
}

function RegionView({ code, base }: { code: string | undefined; base: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const detail = useQuery({
    queryKey: ['region', code],
    queryFn: ({ signal }) => api.get<RegionDetail>(`/api/v1/regions/${code}`, undefined, signal),
    enabled: !!code,
  });
  const provinces = useQuery({
    queryKey: ['regions', 'provinces'],
    queryFn: ({ signal }) => api.get<Items<Region>>('/api/v1/regions', { limit: 100 }, signal),
    enabled: !code,
  });

  if (!code) {
    return (
      <QueryState isPending={provinces.isPending} error={provinces.error}>
        {() => (
          <Stack gap="xs">
            <Title order={2} size="h4" data-testid="region-children-heading">
              {t('regions.provinces', { count: provinces.data?.items.length ?? 0 })}
            </Title>
            <RegionTable regions={provinces.data?.items ?? []} base={base} testId="region-children" rowTestId="region-child" caption={t('regions.provincesCaption')} />
          </Stack>
        )}
      </QueryState>
    );
  }

  return (
    <QueryState isPending={detail.isPending} error={detail.error}>
      {() => {
        const r = detail.data as RegionDetail;
        const childLevel = r.children[0]?.levelName;
        return (
          <Stack gap="md">
            <Breadcrumbs separator="›" aria-label={t('regions.breadcrumb')} data-testid="region-breadcrumb">
              <Anchor component={Link} to={base}>
                Indonesia
              </Anchor>
              {r.parents.map((p) => (
                <Anchor key={p.code} component={Link} to={`${base}/${p.code}`}>
                  {p.name}
                </Anchor>
              ))}
              <Text span aria-current="page" fw={600}>
                {r.name}
              </Text>
            </Breadcrumbs>
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h3" data-testid="region-name">
                {r.name}
              </Title>
              <Group gap="xs" mt="xs">
                <Badge variant="light">{labels.level(r.levelName)}</Badge>
                <Badge variant="outline" data-testid="region-code">
                  {r.code}
                </Badge>
                <Badge variant="outline" color="gray" data-testid="region-timezone" title={t(`regions.tz.${r.timeZone}`)}>
                  {r.timeZone} · {t(`regions.tz.${r.timeZone}`)}
                </Badge>
              </Group>
            </Paper>
            {r.children.length ? (
              <Stack gap="xs">
                <Title order={3} size="h4" data-testid="region-children-heading">
                  {childLevel ? `${labels.level(childLevel)} (${r.children.length})` : ''}
                </Title>
                <RegionTable regions={r.children} base={base} testId="region-children" rowTestId="region-child" caption={t('regions.childrenCaption', { name: r.name })} />
              </Stack>
            ) : (
              <Text c="dimmed">{t('regions.noChildren')}</Text>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}

export function RegionBrowser({ base, code }: { base: string; code?: string }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const q = search.get('q') ?? '';
  const level = search.get('level') ?? '';
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const setParam = (key: 'q' | 'level', value: string) =>
    navigate(withQuery(pathname, { q: key === 'q' ? value : q, level: key === 'level' ? value : level }), { replace: true });

  return (
    <>
      <PageHeader title={t('regions.title')} description={t('regions.intro')} />
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('regions.searchLabel')}>
        <Group align="flex-end" gap="sm" mb="lg" wrap="wrap">
          <TextInput
            type="search"
            label={t('regions.searchLabel')}
            placeholder={t('regions.searchPlaceholder')}
            value={q}
            onChange={(e) => setParam('q', e.currentTarget.value)}
            data-testid="region-search"
            style={{ flex: 1, minWidth: 220 }}
          />
          <Select
            label={t('regions.level')}
            value={level || 'all'}
            onChange={(v) => setParam('level', v === 'all' || !v ? '' : v)}
            allowDeselect={false}
            data={[
              { value: 'all', label: t('regions.allLevels') },
              { value: '1', label: t('levels.provinsi') },
              { value: '2', label: t('levels.kabupaten-kota') },
              { value: '3', label: t('levels.kecamatan') },
              { value: '4', label: t('levels.kelurahan-desa') },
            ]}
            data-testid="region-level"
            disabled={!q}
          />
        </Group>
      </form>
      {debouncedQ ? <SearchResults q={debouncedQ} level={level} base={base} /> : <RegionView code={code} base={base} />}
    </>
  );
}
