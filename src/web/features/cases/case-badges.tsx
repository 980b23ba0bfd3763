// Badges shared by the case screens: the state of a case and the status of a running clock
// (tepat waktu green, jatuh tempo hari ini orange, terlambat red).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../core/cases/states.js';
import type { ClockStatus } from './cases-api.js';
import { CLOCK_COLORS, useCaseFormat, type Bi } from './case-format.js';

const STATE_COLORS: Partial<Record<CaseState, string>> = {
  'informasi-awal': 'grape',
  diterima: 'blue',
  'kajian-awal': 'blue',
  'perlu-dilengkapi': 'yellow',
  dilimpahkan: 'yellow',
  diregistrasi: 'netra',
  klarifikasi: 'netra',
  kajian: 'netra',
  pleno: 'indigo',
  pelanggaran: 'red',
  diteruskan: 'red',
};

export function StateBadge({ state, label, testId }: { state: CaseState; label: Bi; testId?: string }) {
  const { bi } = useCaseFormat();
  return (
    <Badge
      color={STATE_COLORS[state] ?? 'gray'}
      variant="light"
      // Never cut short: badges wrap in a narrow column (theme.ts).
      styles={{ root: { textTransform: 'none' } }}
      data-testid={testId}
      data-state={state}
    >
      {bi(label)}
    </Badge>
  );
}

export function ClockBadge({ status, size = 'sm' }: { status: ClockStatus | null; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Badge color={CLOCK_COLORS[status]} variant={status === 'tepat-waktu' ? 'light' : 'filled'} size={size} style={{ textTransform: 'none' }} data-testid="clock-status" data-status={status}>
      {t(`cases.clock.${status}`)}
    </Badge>
  );
}
