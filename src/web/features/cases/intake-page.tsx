// Intake: a laporan, a temuan or informasi awal. Nothing well-formed is refused at the counter —
// the receipt number is given at once, and the tanda bukti can be printed straight away.
import { Alert, Button, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DraftedForm, discardDraft } from '../../components/ui/drafts.js';
import { useTranslation } from 'react-i18next';
import { INTAKE_KIND_LABELS, type IntakeKind } from '../../../core/cases/intake.js';
import { regionTimeZone } from '../../../core/regions/time-zone.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { PageHeader } from '../../components/ui/page.js';
import { Link, navigate } from '../../router.js';
import { useUser } from '../auth/session.js';
import { offsetOfZone, useCaseFormat } from './case-format.js';
import { documentUrl, download, generateDocument, type IntakeReceipt } from './cases-api.js';
import { LaporanForm } from './intake-laporan.js';
import { InformasiAwalForm, TemuanForm } from './intake-other.js';

function Receipt({ receipt, offset, onAnother }: { receipt: IntakeReceipt; offset: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const { bi, instant } = useCaseFormat();
  const pdf = useMutation({
    mutationFn: () => generateDocument(receipt.id, 'tanda-bukti-penyampaian-laporan'),
    onSuccess: (doc) => download(documentUrl(receipt.id, doc.id)),
  });
  return (
    <Paper withBorder radius="md" p="xl" maw={720} data-testid="intake-done" role="status">
      <Stack gap="md">
        <Text c="dimmed">{t('cases.intake.received', { kind: bi(INTAKE_KIND_LABELS[receipt.kind]) })}</Text>
        <div>
          <Text size="sm" fw={700} tt="uppercase" c="dimmed">
            {t('cases.receiptNumber')}
          </Text>
          <Title order={2} fz={{ base: 26, sm: 36 }} ff="monospace" c="netra.8" style={{ wordBreak: 'break-all' }} data-testid="intake-receipt">
            {receipt.receiptNumber}
          </Title>
          <Text size="sm">{instant(receipt.receivedAt, offset)}</Text>
        </div>
        <Group gap="sm" wrap="wrap">
          {receipt.kind === 'laporan' ? (
            <Button loading={pdf.isPending} onClick={() => pdf.mutate()} data-testid="intake-receipt-pdf">
              {t('cases.intake.receiptPdf')}
            </Button>
          ) : null}
          <Button variant={receipt.kind === 'laporan' ? 'default' : 'filled'} component={Link} to={`/konsol/perkara/${receipt.id}`} data-testid="intake-open-case">
            {t('cases.intake.openCase')}
          </Button>
          <Button variant="subtle" onClick={onAnother} data-testid="intake-another">
            {t('cases.intake.another')}
          </Button>
        </Group>
        <ApiErrorAlert error={pdf.error} testId="intake-pdf-error" />
      </Stack>
    </Paper>
  );
}

export function IntakePage() {
  const { t } = useTranslation();
  const { bi } = useCaseFormat();
  const me = useUser();
  const kinds: IntakeKind[] = me.role === 'pengawas' ? ['temuan', 'informasi-awal'] : ['laporan', 'temuan', 'informasi-awal'];
  const [tab, setTab] = useState<IntakeKind>(kinds[0] as IntakeKind);
  const [receipt, setReceipt] = useState<IntakeReceipt | null>(null);
  const [round, setRound] = useState(0);
  const offset = offsetOfZone(regionTimeZone(me.office.regionCode ?? '31'));
  const election = me.office.kind === 'bawaslu-provinsi' ? 'gubernur' : /kabupaten/i.test(me.office.name) ? 'bupati' : 'wali-kota';
  // What is typed is kept when the page is left unsent (drafts.tsx), per user and kind of intake:
  // a walk-in report interrupted to look something up is there on return. Taken in, it goes.
  const draftKey = (kind: IntakeKind) => `${me.id}:intake:${kind}`;
  const props = {
    within: me.office.regionCode,
    offset,
    defaults: { regime: 'pilkada-2024', election },
    onCreated: (r: IntakeReceipt) => {
      discardDraft(draftKey(tab));
      setReceipt(r);
      window.scrollTo(0, 0);
    },
  };
  const panel = (kind: IntakeKind, form: ReactNode) => (
    <Tabs.Panel value={kind}>
      <DraftedForm draftKey={draftKey(kind)}>{form}</DraftedForm>
    </Tabs.Panel>
  );

  return (
    <>
      <PageHeader
        title={t('cases.intake.title')}
        description={t('cases.intake.intro')}
        actions={
          <Button variant="subtle" onClick={() => navigate('/konsol/perkara')}>
            {t('common.backToList')}
          </Button>
        }
      />
      <Alert color="netra" variant="light" mb="lg" data-testid="intake-banner">
        {t('cases.intake.banner')}
      </Alert>
      {receipt ? (
        <Receipt
          receipt={receipt}
          offset={offset}
          onAnother={() => {
            setReceipt(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <Tabs value={tab} onChange={(v) => v && setTab(v as IntakeKind)} keepMounted={false} variant="outline">
          <Tabs.List mb="md">
            {kinds.map((k) => (
              <Tabs.Tab key={k} value={k} data-testid={`intake-tab-${k}`}>
                {bi(INTAKE_KIND_LABELS[k])}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} maw={980} key={round}>
            {panel('laporan', <LaporanForm {...props} />)}
            {panel('temuan', <TemuanForm {...props} />)}
            {panel('informasi-awal', <InformasiAwalForm {...props} />)}
          </Paper>
        </Tabs>
      )}
    </>
  );
}
