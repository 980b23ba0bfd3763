// One case: its header, clocks, next actions, the kajian awal checklist, klarifikasi, outcome,
// the matter, evidence and documents; on the side assignment, the reporter, notes and history.
import { Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTAKE_KIND_LABELS } from '../../../core/cases/intake.js';
import { REDACTED } from '../../../core/cases/pelapor-text.js';
import { ApiError } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { NotFound } from '../../components/ui/not-found.js';
import { Loading, usePageTitle } from '../../components/ui/page.js';
import { Link } from '../../router.js';
import { ActionModal, ActionsPanel, type OpenAction } from './actions-panel.js';
import { StateBadge } from './case-badges.js';
import { offsetOf, useCaseFormat } from './case-format.js';
import { NotesPanel, TimelinePanel } from './case-history.js';
import { AssignPanel, ReporterPanel } from './case-side.js';
import { useCase, type CaseView } from './cases-api.js';
import { ChecklistPanel } from './checklist-panel.js';
import { DeadlinePanel } from './deadline-panel.js';
import { DocumentsPanel } from './documents-panel.js';
import { NoticesPanel } from './notices-panel.js';
import { EvidencePanel } from './evidence-panel.js';
import { PartyPanel } from './party-panel.js';
import { RelatedCasesPanel } from './related-panel.js';
import { KlarifikasiPanel, OutcomePanel } from './progress-panels.js';

function Header({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { bi, instant } = useCaseFormat();
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="case-header">
      <Group gap="xs" wrap="wrap" mb={6}>
        <StateBadge state={view.state} label={view.stateLabel} testId="case-state" />
        <Badge variant="outline" color="gray" style={{ textTransform: 'none' }} data-testid="case-kind">
          {bi(INTAKE_KIND_LABELS[view.kind])}
        </Badge>
        {view.terminal ? (
          <Badge color="gray" variant="filled" style={{ textTransform: 'none' }} data-testid="case-terminal">
            {t('cases.terminal')}
          </Badge>
        ) : null}
        {view.election ? (
          <Badge variant="outline" color="netra" style={{ textTransform: 'none' }}>
            {t(`cases.elections.${view.election}`)}
          </Badge>
        ) : null}
      </Group>
      <Stack gap={2}>
        <Text size="sm">
          {t('cases.receiptNumber')}: <strong data-testid="case-receipt-number">{view.receiptNumber}</strong>
        </Text>
        <Text size="sm">
          {t('cases.registerNumber')}:{' '}
          {view.registerNumber ? (
            <strong data-testid="case-register-number">{view.registerNumber}</strong>
          ) : (
            <Text span c="dimmed">
              {t('cases.notRegistered')}
            </Text>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          {view.office.name} · {t('cases.receivedAt')} {instant(view.receivedAt)}
        </Text>
        {/* The server withholds the pelapor from free text for roles that may not read them (decision 008). */}
        {JSON.stringify(view).includes(REDACTED) ? (
          <Text size="xs" c="dimmed" mt={4} data-testid="case-redacted-note">
            {t('cases.redactedNote', { marker: REDACTED })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function CasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useCase(id);
  const [open, setOpen] = useState<OpenAction>(null);
  usePageTitle(query.data ? (query.data.registerNumber ?? query.data.receiptNumber) : query.error ? t('notFound.title') : t('cases.title'));
  const back = (
    <Button variant="subtle" component={Link} to="/konsol/perkara">
      {t('common.backToList')}
    </Button>
  );

  if (query.error) {
    const status = query.error instanceof ApiError ? query.error.status : 0;
    if (status === 404 || status === 400) return <NotFound home="/konsol/perkara" />;
    return <ApiErrorAlert error={query.error} />;
  }
  if (query.isPending) return <Loading />;
  const view = query.data;
  const offset = offsetOf(view.receivedAt);
  const title = view.registerNumber ?? view.receiptNumber;

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {view.reportedPartyName ? (
            <Text c="dimmed" size="sm">
              {t('cases.columns.reported')}: {view.reportedPartyName}
            </Text>
          ) : null}
        </Stack>
        {back}
      </Group>
      <Header view={view} />
      <Grid gutter="md" mb="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <DeadlinePanel view={view} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ActionsPanel view={view} onOpen={setOpen} />
        </Grid.Col>
      </Grid>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <ChecklistPanel key={view.id} view={view} />
            <KlarifikasiPanel view={view} offset={offset} onOpen={setOpen} />
            <OutcomePanel view={view} offset={offset} />
            <PartyPanel view={view} />
            <EvidencePanel view={view} offset={offset} />
            <NoticesPanel view={view} offset={offset} />
            <DocumentsPanel view={view} offset={offset} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <AssignPanel view={view} />
            <ReporterPanel key={view.id} view={view} />
            <RelatedCasesPanel view={view} />
            <NotesPanel view={view} offset={offset} />
            <TimelinePanel view={view} offset={offset} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ActionModal view={view} offset={offset} open={open} onClose={() => setOpen(null)} />
    </>
  );
}
