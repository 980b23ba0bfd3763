// The audit log of the user's jurisdiction, newest first, loaded in pages.
import { Button, Code, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { AuditEntry, Items } from '../../api/types.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { useOfficeTime } from '../cases/case-format.js';
import { ListTable } from '../../components/ui/list-table.js';

function summaryText(summary: unknown): string {
  if (summary === null || summary === undefined) return '';
  if (typeof summary !== 'object') return String(summary);
  const entries = Object.entries(summary as Record<string, unknown>);
  if (!entries.length) return '';
  return entries.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(' · ');
}

export function AuditPage() {
  const { t } = useTranslation();
  const officeTime = useOfficeTime();
  const [limit, setLimit] = useState('50');
  const log = useInfiniteQuery({
    queryKey: ['audit', limit],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) => api.get<Items<AuditEntry>>('/api/v1/audit', { limit, beforeId: pageParam }, signal),
    getNextPageParam: (last) => (last.items.length < Number(limit) ? undefined : last.items[last.items.length - 1]?.id),
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <Group mb="md" align="flex-end">
        <Select label={t('audit.perPage')} value={limit} onChange={(v) => v && setLimit(v)} allowDeselect={false} data={['50', '100', '200']} w={120} data-testid="audit-limit" />
        <Button variant="default" onClick={() => void log.refetch()} loading={log.isRefetching && !log.isFetchingNextPage}>
          {t('common.refresh')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="sm">
        <QueryState isPending={log.isPending} error={log.error}>
          {() =>
            rows.length ? (
              <>
                <ListTable minWidth={900} testId="audit-table" columns={[t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.entity'), t('audit.region'), t('audit.summary')]}>
                  {rows.map((r) => (
                    <Table.Tr key={r.id} data-testid="audit-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{officeTime(r.at)}</Text>
                        <Text size="xs" c="dimmed">
                          #{r.id}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.actorLabel}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Code>{r.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{r.entityType}</Text>
                        {r.entityId ? (
                          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                            {r.entityId}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {r.regionCode ?? '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" style={{ wordBreak: 'break-word' }}>
                          {summaryText(r.summary)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
                {log.hasNextPage ? (
                  <Group justify="center" mt="sm">
                    <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="audit-more">
                      {t('audit.more')}
                    </Button>
                  </Group>
                ) : null}
              </>
            ) : (
              <Text c="dimmed" p="md">
                {t('audit.none')}
              </Text>
            )
          }
        </QueryState>
      </Paper>
    </>
  );
}
