// The notices the law required of the case's transitions (core/cases/notices.ts): the pelapor told
// to complete the report, of its registration, decision and forwarding; the terlapor of the
// decision; each party invited to a clarification. Each row says whether the document that
// carries it is made (with its number), and offers to make it where it is not.
import { Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unsentNotices } from '../../../core/cases/notices.js';
import { STATES } from '../../../core/cases/states.js';
import { useSession } from '../auth/session.js';
import { ActionError } from './action-shell.js';
import { useCaseFormat } from './case-format.js';
import { SummaryCard } from '../../components/ui/summary-card.js';
import { DOCUMENT_KINDS, fetchCases, generateDocument, printsReporterIdentity, type CaseView, type DocumentKind } from './cases-api.js';

type Notice = CaseView['notices'][number];

const OUTCOME_COLORS: Record<Notice['outcome'], string> = { dibuat: 'green', belum: 'orange', netra: 'gray' };

function isDocumentKind(k: string): k is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(k);
}

export function NoticesPanel({ view, offset }: { view: CaseView; offset: string }) {
  const { t } = useTranslation();
  const { bi, short, day } = useCaseFormat();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const make = useMutation({
    mutationFn: ({ kind, invitationId }: { kind: DocumentKind; invitationId?: string }) => generateDocument(view.id, kind, invitationId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['case', view.id] }),
  });
  if (view.notices.length === 0) return null;
  const owed = unsentNotices(view.notices);

  const recipient = (n: Notice) => {
    if (n.to === 'kantor-tujuan') return t('cases.notices.receivingOffice');
    const invitation = n.invitationId ? view.invitations.find((i) => i.id === n.invitationId) : undefined;
    const party = t(`cases.parties.${n.to}`);
    return invitation ? `${party}: ${invitation.name ?? t('cases.withheldName')}` : party;
  };
  // A letter that prints the pelapor (the notice to complete, an invitation to them) is made by
  // the roles that may read the identity only, as in the documents menu.
  const mayMake = (n: Notice) =>
    can('cases.act') && isDocumentKind(n.carrier) && (can('cases.reporter') || (!printsReporterIdentity(n.carrier) && !(n.notice === 'undangan-klarifikasi' && n.to === 'pelapor')));

  return (
    <Card withBorder radius="md" padding="md" data-testid="notices-panel">
      <Group justify="space-between" mb={4} wrap="wrap">
        <Title order={2} size="h4">
          {t('cases.notices.title')}
        </Title>
        <Badge color={owed > 0 ? 'orange' : 'green'} variant="light" styles={{ root: { textTransform: 'none' } }} data-testid="notices-owed" data-count={owed}>
          {owed > 0 ? t('cases.notices.owedCount', { count: owed }) : t('cases.notices.allMade')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t('cases.notices.hint')}
      </Text>
      <ActionError error={make.error} testId="owed-notice-error" />
      <Stack gap={0}>
        {view.notices.map((n) => (
          <Box key={n.id} py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} data-testid="owed-notice" data-notice={n.notice} data-to={n.to} data-outcome={n.outcome}>
            <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
              <div style={{ minWidth: 220, flex: '1 1 220px' }}>
                <Text fw={600} size="sm">
                  {t(`cases.notices.kinds.${n.notice}`)}
                  {n.status ? `: ${bi(STATES[n.status].label)}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('cases.notices.to', { to: recipient(n) })} · {t('cases.notices.owedAt', { at: short(n.owedAt, offset) })}
                </Text>
                {n.document ? (
                  <Text size="xs" data-testid="owed-notice-document">
                    {t('cases.notices.madeAs', { number: n.document.number, at: short(n.document.createdAt, offset) })}
                    {/* the letter went to the pelapor's address: it delivers their notice, not the terlapor's */}
                    {n.document.emailedAt && n.to === 'pelapor' ? ` · ${t('cases.documents.emailed', { at: short(n.document.emailedAt, offset) })}` : ''}
                    {/* delivered to this notice's party (a status notice to both is delivered to each on its own) */}
                    {n.document.deliveredOn ? (
                      <span data-testid="owed-notice-delivered"> · {t('cases.notices.deliveredOn', { on: day(n.document.deliveredOn) })}</span>
                    ) : null}
                  </Text>
                ) : null}
              </div>
              <Group gap="xs">
                <Badge color={OUTCOME_COLORS[n.outcome]} variant="light" styles={{ root: { textTransform: 'none' } }}>
                  {t(`cases.notices.outcomes.${n.outcome}`)}
                </Badge>
                {n.outcome === 'belum' && mayMake(n) ? (
                  <Button
                    size="xs"
                    variant="light"
                    loading={make.isPending && make.variables?.kind === n.carrier && make.variables.invitationId === (n.invitationId ?? undefined)}
                    onClick={() => make.mutate({ kind: n.carrier as DocumentKind, invitationId: n.invitationId ?? undefined })}
                    data-testid="owed-notice-make"
                    title={t(`cases.documents.kinds.${n.carrier as DocumentKind}`)}
                  >
                    {t('cases.notices.make')}
                  </Button>
                ) : null}
              </Group>
            </Group>
          </Box>
        ))}
      </Stack>
    </Card>
  );
}

/** The console's home: how many cases of the office's area owe a notice whose letter is not made. */
export function NoticesSummaryCard() {
  const { t } = useTranslation();
  const owing = useQuery({ queryKey: ['cases', 'list', 'notices-owed'], queryFn: ({ signal }) => fetchCases({ notices: 'belum', limit: 1, offset: 0 }, signal) });
  const total = owing.data?.total ?? 0;
  return (
    <SummaryCard title={t('cases.notices.title')} to="/konsol/perkara?notices=belum&open=all" linkLabel={t('cases.notices.openList')} testId="dashboard-notices">
      <Text fz={28} fw={800} c={total > 0 ? 'orange.8' : 'green.8'} lh={1.1} data-testid="dashboard-notices-count" data-count={owing.isPending ? '' : total}>
        {owing.isPending ? '…' : total > 1000 ? '1000+' : total}
      </Text>
      <Text size="sm" c="dimmed">
        {t('cases.notices.casesOwing')}
      </Text>
    </SummaryCard>
  );
}
