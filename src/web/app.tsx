// Routes of the web app. Public pages first; everything under /konsol needs a session (and, for
// administrators, TOTP enrolment before anything else).
import { Alert, Center, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../core/access.js';
import { NotFound } from './components/ui/not-found.js';
import { Loading, usePageTitle } from './components/ui/page.js';
import { PublicLayout } from './components/ui/public-layout.js';
import { AccountPage } from './features/account/account-page.js';
import { AuditPage } from './features/audit/audit-page.js';
import { EnrolPage } from './features/auth/enrol-page.js';
import { ENROL_PATH, SessionProvider, SIGN_IN_PATH, useSession } from './features/auth/session.js';
import { SignInPage } from './features/auth/sign-in-page.js';
import { CasePage } from './features/cases/case-page.js';
import { CasesPage } from './features/cases/cases-page.js';
import { DeadlineBoardPage } from './features/cases/deadline-board-page.js';
import { IntakePage } from './features/cases/intake-page.js';
import { ConsoleLayout } from './features/console/console-layout.js';
import { DashboardPage } from './features/console/dashboard-page.js';
import { LandingPage } from './features/landing/landing-page.js';
import { CalendarAdminPage } from './features/law/calendar-admin-page.js';
import { CalculatorPage } from './features/law/calculator-page.js';
import { NoticesPage } from './features/notices/notices-page.js';
import { OfficeCreatePage } from './features/offices/office-create-page.js';
import { OfficeEditPage } from './features/offices/office-edit-page.js';
import { OfficesPage } from './features/offices/offices-page.js';
import { RegionBrowser } from './features/regions/region-browser.js';
import { UserCreatePage } from './features/users/user-create-page.js';
import { UserEditPage } from './features/users/user-edit-page.js';
import { UsersPage } from './features/users/users-page.js';
import { matchPath, Redirect, useLocation, withQuery } from './router.js';

type Params = Record<string, string>;
type Route = { path: string; render: (p: Params) => ReactNode; needs?: Action };

/** Public pages (each brings its own layout). Add new public pages here. */
const PUBLIC_ROUTES: Route[] = [
  { path: '/', render: () => <LandingPage /> },
  { path: '/masuk', render: () => <SignInPage /> },
  { path: '/wilayah', render: () => <PublicLayout><RegionBrowser base="/wilayah" /></PublicLayout> },
  { path: '/wilayah/:code', render: (p) => <PublicLayout><RegionBrowser base="/wilayah" code={p.code} /></PublicLayout> },
  { path: '/kalkulator-tenggat', render: () => <PublicLayout><CalculatorPage /></PublicLayout> },
  { path: '/pengumuman', render: () => <PublicLayout><NoticesPage /></PublicLayout> },
];

/** Console pages, rendered inside the console layout. */
const CONSOLE_ROUTES: Route[] = [
  { path: '/konsol', render: () => <DashboardPage /> },
  { path: '/konsol/wilayah', render: () => <RegionBrowser base="/konsol/wilayah" />, needs: 'regions.read' },
  { path: '/konsol/wilayah/:code', render: (p) => <RegionBrowser base="/konsol/wilayah" code={p.code} />, needs: 'regions.read' },
  { path: '/konsol/kantor', render: () => <OfficesPage />, needs: 'offices.read' },
  { path: '/konsol/kantor/baru', render: () => <OfficeCreatePage />, needs: 'offices.manage' },
  { path: '/konsol/kantor/:id', render: (p) => <OfficeEditPage id={p.id as string} />, needs: 'offices.read' },
  { path: '/konsol/pengguna', render: () => <UsersPage />, needs: 'users.read' },
  { path: '/konsol/pengguna/baru', render: () => <UserCreatePage />, needs: 'users.manage' },
  { path: '/konsol/pengguna/:id', render: (p) => <UserEditPage id={p.id as string} />, needs: 'users.read' },
  { path: '/konsol/perkara', render: () => <CasesPage />, needs: 'cases.read' },
  { path: '/konsol/perkara/baru', render: () => <IntakePage />, needs: 'cases.intake' },
  { path: '/konsol/perkara/:id', render: (p) => <CasePage key={p.id} id={p.id as string} />, needs: 'cases.read' },
  { path: '/konsol/tenggat', render: () => <DeadlineBoardPage />, needs: 'cases.read' },
  { path: '/konsol/audit', render: () => <AuditPage />, needs: 'audit.read' },
  { path: '/konsol/kalender', render: () => <CalendarAdminPage />, needs: 'calendar.manage' },
  { path: '/konsol/akun', render: () => <AccountPage /> },
];

function find(routes: Route[], pathname: string): { route: Route; params: Params } | null {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('errors.forbiddenTitle'));
  return (
    <Alert color="yellow" title={t('errors.forbiddenTitle')} data-testid="forbidden">
      {t('errors.forbidden')}
    </Alert>
  );
}

/** The console while the server cannot say who is signed in: why, and that it keeps asking. */
function Unavailable({ message }: { message: string }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.unavailableTitle'));
  return (
    <Center h="100vh" p="md">
      <Alert color="yellow" title={t('errors.unavailableTitle')} maw={560} role="alert" data-testid="session-unavailable">
        <Text size="sm">{message}</Text>
        <Text size="sm" mt="xs" c="dimmed">
          {t('errors.retrying')}
        </Text>
      </Alert>
    </Center>
  );
}

function Console({ pathname }: { pathname: string }) {
  const { state, can } = useSession();
  if (state.status === 'loading') {
    return (
      <Center h="100vh">
        <Loading />
      </Center>
    );
  }
  if (state.status === 'unavailable') return <Unavailable message={state.message} />;
  if (state.status === 'anonymous') {
    const back = state.signedOut || pathname === '/konsol' ? undefined : pathname;
    return <Redirect to={withQuery(SIGN_IN_PATH, { lanjut: back })} />;
  }
  if (state.user.mustEnrollTotp) return pathname === ENROL_PATH ? <EnrolPage /> : <Redirect to={ENROL_PATH} />;
  if (pathname === ENROL_PATH) return <Redirect to="/konsol" />;
  const hit = find(CONSOLE_ROUTES, pathname);
  return (
    <ConsoleLayout>
      {!hit ? <NotFound home="/konsol" /> : hit.route.needs && !can(hit.route.needs) ? <Forbidden /> : hit.route.render(hit.params)}
    </ConsoleLayout>
  );
}

function Routes() {
  const { pathname } = useLocation();
  if (pathname === '/konsol' || pathname.startsWith('/konsol/')) return <Console pathname={pathname} />;
  const hit = find(PUBLIC_ROUTES, pathname);
  if (hit) return <>{hit.route.render(hit.params)}</>;
  return (
    <PublicLayout>
      <NotFound />
    </PublicLayout>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
