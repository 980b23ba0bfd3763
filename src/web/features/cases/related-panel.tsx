// The same civil servant's other cases, found by the terlapor's NIP within the user's area: a
// repeat offender, or the same event reported twice (to mark as a duplicate).
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nip } from '../../../core/cases/fields.js';
import { QueryState } from '../../components/ui/page.js';
import { Link } from '../../router.js';
import { caseNumber } from './bulk-bar.js';
import { StateBadge } from './case-badges.js';
import { useCaseFormat } from './case-format.js';
import { useCasesOfNip, type CaseView } from './cases-api.js';

/** The terlapor's NIP, when the case has one the inbox's ?nip= takes. */
const nipOf = (view: CaseView): string | null => {
  const parsed = nip.safeParse((view.reportedParty as { nip?: unknown } | null)?.nip);
  return parsed.success ? parsed.data : null;
};

export function RelatedCasesPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { short } = useCaseFormat();
  const nip = nipOf(view);
  const related = useCasesOfNip(nip);
  if (nip === null) return null;
  return (
    <Card withBorder radius="md" padding="md" data-testid="related-cases">
      <Title order={2} size="h5" mb={4}>
        {t('cases.related.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('cases.related.by', { nip })}
      </Text>
      <QueryState isPending={related.isPending} error={related.error}>
        {() => {
          const others = (related.data?.items ?? []).filter((c) => c.id !== view.id);
          if (others.length === 0)
            return (
              <Text size="sm" c="dimmed" data-testid="related-none">
                {t('cases.related.none')}
              </Text>
            );
          return (
            <Stack gap="xs">
              {others.map((c) => (
                <div key={c.id} data-testid="related-case" data-id={c.id}>
                  <Anchor component={Link} to={`/konsol/perkara/${c.id}`} size="sm" fw={600} ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {caseNumber(c)}
                  </Anchor>
                  <Group gap={6} mt={2}>
                    <StateBadge state={c.state} label={c.stateLabel} />
                    <Text size="xs" c="dimmed">
                      {c.office.name} · {short(c.receivedAt)}
                    </Text>
                  </Group>
                </div>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}
