// Offices in the user's jurisdiction: a filterable, paged table.
import { Anchor, Badge, Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { OFFICE_KINDS } from '../../../core/access.js';
import { api } from '../../api/client.js';
import type { Items, Office } from '../../api/types.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { Pager } from '../../components/ui/pager.js';
import { useLabels } from '../../i18n/labels.js';
import { Link, navigate, useLocation, withQuery } from '../../router.js';
import { useSession } from '../auth/session.js';
import { ListTable } from '../../components/ui/list-table.js';

const LIMIT = 50;

export function OfficesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { can } = useSession();
  const { pathname, search } = useLocation();
  const kind = search.get('kind') ?? '';
  const offset = Number(search.get('offset') ?? 0) || 0;
  const list = useQuery({
    queryKey: ['offices', 'list', kind, offset],
    queryFn: ({ signal }) => api.get<Items<Office>>('/api/v1/offices', { kind, limit: LIMIT, offset }, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={t('offices.title')}
        description={t('offices.intro')}
        actions={
          can('offices.manage') ? (
            <Button component={Link} to="/konsol/kantor/baru" data-testid="offices-new">
              {t('offices.new')}
            </Button>
          ) : null
        }
      />
      <Group mb="md">
        <Select
          label={t('offices.kind')}
          value={kind || 'all'}
          onChange={(v) => navigate(withQuery(pathname, { kind: v === 'all' ? '' : v }), { replace: true })}
          allowDeselect={false}
          w={300}
          data={[{ value: 'all', label: t('common.all') }, ...OFFICE_KINDS.map((k) => ({ value: k, label: labels.officeKind(k) }))]}
          data-testid="offices-filter-kind"
        />
      </Group>
      <Paper withBorder radius="md" p="sm">
        <QueryState isPending={list.isPending} error={list.error}>
          {() =>
            list.data?.items.length ? (
              <>
                <ListTable minWidth={760} testId="offices-table" hover columns={[t('offices.name'), t('offices.kind'), t('offices.region'), t('offices.parent'), t('common.status')]}>
                  {list.data.items.map((o) => (
                    <Table.Tr key={o.id} data-testid="office-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/konsol/kantor/${o.id}`} fw={500}>
                          {o.name}
                        </Anchor>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {o.code}
                        </Text>
                      </Table.Td>
                      <Table.Td>{labels.officeKind(o.kind)}</Table.Td>
                      <Table.Td>
                        {o.regionCode ? (
                          <>
                            {o.regionName ?? o.regionCode}
                            <Text size="xs" c="dimmed" ff="monospace">
                              {o.regionCode}
                            </Text>
                          </>
                        ) : (
                          t('offices.national')
                        )}
                      </Table.Td>
                      <Table.Td>{o.parentName ?? '—'}</Table.Td>
                      <Table.Td>
                        <Badge color={o.active ? 'green' : 'gray'} variant="light">
                          {o.active ? t('common.active') : t('common.inactive')}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
                <Pager offset={offset} limit={LIMIT} count={list.data.items.length} onChange={(o) => navigate(withQuery(pathname, { kind, offset: o || undefined }))} />
              </>
            ) : (
              <Text c="dimmed" p="md">
                {t('offices.none')}
              </Text>
            )
          }
        </QueryState>
      </Paper>
    </>
  );
}
