// The warning shown on every rule that is a configurable default rather than settled law:
// 'U' = not confirmed from the official text, '!' = the sources conflict.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Flag } from './law-api.js';

/** `compact` shows only the sign (the label stays in the tooltip and for screen readers). */
export function FlagBadge({ flag, note, testId = 'calc-flag', compact = false }: { flag: Flag; note?: string; testId?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const label = flag === 'U' ? t('law.flag.unconfirmed') : t('law.flag.conflict');
  const help = flag === 'U' ? t('law.flag.unconfirmedHelp') : t('law.flag.conflictHelp');
  const text = note ? `${help} ${note}` : help;
  return (
    <Tooltip label={compact ? `${label}: ${text}` : text} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Badge
        color={flag === 'U' ? 'yellow' : 'orange'}
        variant="light"
        size="sm"
        tabIndex={0}
        data-testid={testId}
        data-flag={flag}
        style={{ cursor: 'help', textTransform: 'none', flexShrink: 0 }}
      >
        {flag === 'U' ? '?' : '!'}
        {compact ? <span className="netra-visually-hidden">{label}</span> : ` ${label}`}
        <span className="netra-visually-hidden">: {text}</span>
      </Badge>
    </Tooltip>
  );
}
