// What the handling has produced so far: the clarification invitations and hearings, the kajian,
// the plenary decision, the forwardings, and how a closed case ended.
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIONS, isCaseAction } from '../../../core/cases/actions.js';
import { CATALOGUE } from '../../../core/law/catalogue.js';
import { Link } from '../../router.js';
import type { OpenAction } from './actions-panel.js';
import { invitationLabel, useCaseFormat } from './case-format.js';
import type { CaseView } from './cases-api.js';

export function KlarifikasiPanel({ view, offset, onOpen }: { view: CaseView; offset: string; onOpen: (a: OpenAction) => void }) {
  const { t } = useTranslation();
  const { instant } = useCaseFormat();
  const canRecord = view.availableActions.some((a) => a.action === 'catat-klarifikasi' && a.enabled);
  const canInvite = view.availableActions.some((a) => a.action === 'undang-klarifikasi' && a.enabled);
  if (view.invitations.length === 0 && !canInvite) return null;
  return (
    <Card withBorder radius="md" padding="md" data-testid="klarifikasi">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('cases.klarifikasi.title')}
        </Title>
        {canInvite ? (
          <Button size="xs" variant="light" onClick={() => onOpen({ action: 'undang-klarifikasi' })} data-testid="klarifikasi-invite">
            {t('cases.klarifikasi.addInvitation')}
          </Button>
        ) : null}
      </Group>
      {view.invitations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.klarifikasi.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {view.invitations.map((i) => (
            <Group key={i.id} justify="space-between" align="flex-start" wrap="wrap" gap="xs" data-testid="invitation-row" data-id={i.id} data-party={i.party}>
              <div>
                <Text fw={600} size="sm">
                  {invitationLabel(t, i)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('cases.klarifikasi.scheduledAt')}: {instant(i.scheduledAt, offset)}
                </Text>
                {i.hearing ? (
                  <Text size="xs">
                    {t('cases.klarifikasi.heldAt')}: {instant(i.hearing.heldAt, offset)}
                    {i.hearing.minutesRef ? ` · ${t('cases.klarifikasi.minutesRef')}: ${i.hearing.minutesRef}` : ''}
                  </Text>
                ) : null}
              </div>
              {i.hearing ? (
                <Badge color={i.hearing.attended ? 'green' : 'gray'} variant="light" style={{ textTransform: 'none' }}>
                  {i.hearing.attended ? t('cases.klarifikasi.attendedYes') : t('cases.klarifikasi.attendedNo')}
                </Badge>
              ) : canRecord ? (
                <Button size="xs" variant="default" onClick={() => onOpen({ action: 'catat-klarifikasi', preset: { invitationId: i.id } })} data-testid="invitation-record">
                  {t('cases.klarifikasi.record')}
                </Button>
              ) : (
                <Badge color="yellow" variant="light" style={{ textTransform: 'none' }}>
                  {t('cases.klarifikasi.pending')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

export function OutcomePanel({ view, offset }: { view: CaseView; offset: string }) {
  const { t } = useTranslation();
  const { instant, bi, lang } = useCaseFormat();
  const { kajian, decision, forwardings, closing, links } = view;
  if (!kajian && !decision && forwardings.length === 0 && !closing && links.length === 0) return null;
  const act = (code: string) => CATALOGUE.find((a) => a.code === code);
  return (
    <Card withBorder radius="md" padding="md" data-testid="outcome">
      <Stack gap="md">
        {kajian ? (
          <div data-testid="kajian-summary">
            <Title order={2} size="h4" mb={4}>
              {t('cases.kajian.title')}
            </Title>
            {view.kajianText ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb={4}>
                {view.kajianText}
              </Text>
            ) : null}
            <List size="sm">
              {kajian.actCodes.map((code) => (
                <List.Item key={code}>
                  <strong>{code}</strong> — {lang === 'en' ? act(code)?.textEn : act(code)?.textId}
                </List.Item>
              ))}
              {kajian.otherBasis.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
            {kajian.conclusion ? (
              <Text size="sm" mt={4}>
                {t('cases.kajian.conclusion')}: <strong>{t(`cases.conclusions.${kajian.conclusion}`)}</strong>
              </Text>
            ) : null}
          </div>
        ) : null}
        {decision ? (
          <div data-testid="decision-summary" data-outcome={decision.outcome}>
            <Title order={2} size="h4" mb={4}>
              {t('cases.pleno.title')}
            </Title>
            <Text size="sm">
              <strong>{t(`cases.conclusions.${decision.outcome}`)}</strong>
              {decision.types.length ? ` — ${decision.types.map((x) => t(`cases.violationTypes.${x}`)).join(', ')}` : ''}
            </Text>
            <Text size="xs" c="dimmed">
              {instant(decision.decidedAt, offset)} · {t('cases.pleno.present', { present: decision.membersPresent, total: decision.membersTotal })}
            </Text>
          </div>
        ) : null}
        {forwardings.length ? (
          <div>
            <Title order={2} size="h4" mb={4}>
              {t('cases.forward.title')}
            </Title>
            <Stack gap={4}>
              {forwardings.map((f) => (
                <div key={`${f.type}-${f.sentAt}`} data-testid="forwarding-row" data-recipient={f.recipient ?? ''}>
                  <Text size="sm">
                    {t(`cases.violationTypes.${f.type}`)} → <strong>{bi(f.recipientName)}</strong>
                    {f.recipient ? ` (${f.recipient})` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {f.letterRef} · {instant(f.sentAt, offset)}
                  </Text>
                </div>
              ))}
            </Stack>
          </div>
        ) : null}
        {closing ? (
          <Text size="sm" data-testid="closing">
            {isCaseAction(closing.action) ? bi(ACTIONS[closing.action].label) : closing.action}: {closing.reason} · {instant(closing.at, offset)}
          </Text>
        ) : null}
        {links.map((l) => (
          <Text key={`${l.relation}-${l.caseId}`} size="sm" data-testid="case-link">
            {t(`cases.links.${l.relation === 'duplikat-dari' || l.relation === 'menjadi' || l.relation === 'berasal-dari' ? l.relation : 'other'}`)}:{' '}
            <Anchor component={Link} to={`/konsol/perkara/${l.caseId}`}>
              {t('cases.links.open')}
            </Anchor>
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
