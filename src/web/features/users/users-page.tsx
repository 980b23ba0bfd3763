// Users in the user's jurisdiction, filtered by office, role and a search on name or user name.
import { Anchor, Badge, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../core/access.js';
import { api } from '../../api/client.js';
import type { Items, User } from '../../api/types.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { Pager } from '../../components/ui/pager.js';
import { useLabels } from '../../i18n/labels.js';
import { useOfficeTime } from '../cases/case-format.js';
import { Link, navigate, useLocation, withQuery } from '../../router.js';
import { useSession } from '../auth/session.js';
import { OfficeSelect } from '../offices/office-select.js';
import { ListTable } from '../../components/ui/list-table.js';

const LIMIT = 50;

export function StatusBadges({ user }: { user: Pick<User, 'active' | 'locked' | 'totpEnabled'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={user.active ? 'green' : 'gray'} variant="light">
        {user.active ? t('common.active') : t('common.inactive')}
      </Badge>
      {user.locked ? (
        <Badge color="red" variant="light">
          {t('users.locked')}
        </Badge>
      ) : null}
      {user.totpEnabled ? (
        <Badge color="netra" variant="outline">
          TOTP
        </Badge>
      ) : null}
    </Group>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const officeTime = useOfficeTime();
  const { can } = useSession();
  const { pathname, search } = useLocation();
  const officeId = search.get('officeId') ?? '';
  const role = search.get('role') ?? '';
  const q = search.get('q') ?? '';
  const offset = Number(search.get('offset') ?? 0) || 0;
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const list = useQuery({
    queryKey: ['users', 'list', officeId, role, debouncedQ, offset],
    queryFn: ({ signal }) => api.get<Items<User>>('/api/v1/users', { officeId, role, q: debouncedQ, limit: LIMIT, offset }, signal),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Record<string, string | number | undefined>) =>
    navigate(withQuery(pathname, { officeId, role, q, ...patch, offset: patch.offset || undefined }), { replace: true });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={
          can('users.manage') ? (
            <Button component={Link} to={withQuery('/konsol/pengguna/baru', { officeId })} data-testid="users-new">
              {t('users.new')}
            </Button>
          ) : null
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap" gap="sm" role="search" aria-label={t('users.filters')}>
        <OfficeSelect
          label={t('users.office')}
          placeholder={t('common.all')}
          clearable
          value={officeId || null}
          onChange={(o) => set({ officeId: o?.id ?? '' })}
          testId="users-filter-office"
          style={{ minWidth: 220 }}
        />
        <Select
          label={t('users.role')}
          value={role || 'all'}
          onChange={(v) => set({ role: v === 'all' || !v ? '' : v })}
          allowDeselect={false}
          data={[{ value: 'all', label: t('common.all') }, ...ROLES.map((r) => ({ value: r, label: labels.role(r) }))]}
          data-testid="users-filter-role"
        />
        <TextInput
          type="search"
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          onChange={(e) => set({ q: e.currentTarget.value })}
          data-testid="users-filter-q"
          style={{ flex: 1, minWidth: 200 }}
        />
      </Group>
      <Paper withBorder radius="md" p="sm">
        <QueryState isPending={list.isPending} error={list.error}>
          {() =>
            list.data?.items.length ? (
              <>
                <ListTable minWidth={820} testId="users-table" hover columns={[t('users.displayName'), t('users.role'), t('users.office'), t('common.status'), t('users.lastLogin')]}>
                  {list.data.items.map((u) => (
                    <Table.Tr key={u.id} data-testid="user-row" data-username={u.username}>
                      <Table.Td>
                        <Anchor component={Link} to={`/konsol/pengguna/${u.id}`} fw={500}>
                          {u.displayName}
                        </Anchor>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {u.username}
                        </Text>
                      </Table.Td>
                      <Table.Td>{labels.role(u.role)}</Table.Td>
                      <Table.Td>{u.office.name}</Table.Td>
                      <Table.Td>
                        <StatusBadges user={u} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{officeTime(u.lastLoginAt)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
                <Pager offset={offset} limit={LIMIT} count={list.data.items.length} onChange={(o) => set({ offset: o })} />
              </>
            ) : (
              <Text c="dimmed" p="md">
                {t('users.none')}
              </Text>
            )
          }
        </QueryState>
      </Paper>
    </>
  );
}
