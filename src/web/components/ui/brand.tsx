// The Netra word mark: an eye (netra) over the ballot.
import { Group, Text } from '@mantine/core';
import { Link } from '../../router.js';

export function EyeMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="7" fill="#0b4f5c" />
      <path d="M4 16c3.5-6 7.5-9 12-9s8.5 3 12 9c-3.5 6-7.5 9-12 9s-8.5-3-12-9z" fill="none" stroke="#fff" strokeWidth="2.4" />
      <circle cx="16" cy="16" r="4.2" fill="#f2c14e" />
    </svg>
  );
}

export function Brand({ to = '/', inverted = false }: { to?: string; inverted?: boolean }) {
  return (
    <Link to={to} style={{ textDecoration: 'none', display: 'inline-flex' }} data-testid="brand">
      <Group gap={8} wrap="nowrap">
        <EyeMark />
        <Text span fw={800} size="xl" c={inverted ? 'white' : 'netra.8'} style={{ letterSpacing: 0.5 }}>
          Netra
        </Text>
      </Group>
    </Link>
  );
}
