// Side navigation of the console: the areas working now, and those to come (shown disabled).
import { Badge, Divider, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../core/access.js';
import { linkProps, useLocation } from '../../router.js';
import { useSession } from '../auth/session.js';

type Area = { key: 'dashboard' | 'cases' | 'deadlines' | 'regions' | 'offices' | 'users' | 'audit' | 'account'; to: string; needs?: Action; exact?: boolean };

export const AREAS: Area[] = [
  { key: 'dashboard', to: '/konsol', exact: true },
  { key: 'cases', to: '/konsol/perkara', needs: 'cases.read' },
  { key: 'deadlines', to: '/konsol/tenggat', needs: 'cases.read' },
  { key: 'regions', to: '/konsol/wilayah', needs: 'regions.read' },
  { key: 'offices', to: '/konsol/kantor', needs: 'offices.read' },
  { key: 'users', to: '/konsol/pengguna', needs: 'users.read' },
  { key: 'audit', to: '/konsol/audit', needs: 'audit.read' },
  { key: 'account', to: '/konsol/akun' },
];

const COMING = ['anonymous', 'recommendations', 'tps', 'socialMedia', 'prevention', 'dashboards'] as const;

export function ConsoleNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { can, user } = useSession();
  const { pathname } = useLocation();
  // The official calendar is national: only administrators of a national office maintain it.
  const calendar = can('calendar.manage') && user?.office.regionCode === null;
  return (
    <Stack gap={2} component="nav" aria-label={t('nav.console')}>
      {AREAS.filter((a) => !a.needs || can(a.needs)).map((a) => {
        const active = a.exact ? pathname === a.to : pathname === a.to || pathname.startsWith(`${a.to}/`);
        return (
          <NavLink
            key={a.key}
            component="a"
            {...linkProps(a.to, () => onNavigate?.())}
            label={t(`areas.${a.key}`)}
            active={active}
            aria-current={active ? 'page' : undefined}
            data-testid={`nav-${a.key}`}
            variant="light"
            style={{ borderRadius: 6 }}
          />
        );
      })}
      {calendar ? (
        <NavLink
          component="a"
          {...linkProps('/konsol/kalender', () => onNavigate?.())}
          label={t('law.calendar.nav')}
          active={pathname === '/konsol/kalender'}
          aria-current={pathname === '/konsol/kalender' ? 'page' : undefined}
          data-testid="nav-calendar"
          variant="light"
          style={{ borderRadius: 6 }}
        />
      ) : null}
      <Divider my="sm" />
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} px="sm" mb={4} id="coming-soon-heading">
        {t('areas.comingHeading')}
      </Text>
      {COMING.map((key) => (
        <NavLink
          key={key}
          component="button"
          label={t(`areas.${key}`)}
          disabled
          aria-disabled
          rightSection={
            <Badge size="xs" variant="light" color="gray">
              {t('common.soon')}
            </Badge>
          }
          data-testid={`nav-soon-${key}`}
          style={{ borderRadius: 6 }}
        />
      ))}
    </Stack>
  );
}
