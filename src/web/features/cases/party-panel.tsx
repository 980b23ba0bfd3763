// The matter itself: the reported party (terlapor), the event, and what the intake recorded
// (chronology, witnesses, evidence described at the counter). Never the reporter's identity; the
// contacts of the witnesses and the terlapor only behind an explicit, logged reveal (decision 008).
import { Alert, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { useSession } from '../auth/session.js';
import { useCaseFormat } from './case-format.js';
import { useReveal, type CaseView, type PartyContact, type PartyContacts } from './cases-api.js';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

export function PartyPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { day } = useCaseFormat();
  const p = view.reportedParty ?? {};
  const intake = view.intake;
  const actor = str(p.actorKind);
  const witnesses = list(intake.witnesses);
  const evidence = list(intake.evidence);
  return (
    <Card withBorder radius="md" padding="md" data-testid="case-matter">
      <Stack gap="md">
        {view.reportedParty ? (
          <div>
            <Title order={2} size="h4" mb="xs">
              {t('cases.intake.reportedParty')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Fact label={t('cases.fields.name')} testId="reported-name">{str(p.name)}</Fact>
              <Fact label={t('cases.fields.nip')}>{str(p.nip)}</Fact>
              <Fact label={t('cases.fields.agency')} testId="reported-agency">{str(p.agency)}</Fact>
              <Fact label={t('cases.fields.position')}>{str(p.position)}</Fact>
              <Fact label={t('cases.fields.staffKind')}>{str(p.kind)}</Fact>
              <Fact label={t('cases.fields.actorKind')}>{actor === 'asn' || actor === 'official' || actor === 'village-head' || actor === 'candidate' ? t(`law.assess.actors.${actor}`) : null}</Fact>
            </SimpleGrid>
          </div>
        ) : null}
        <div>
          <Title order={2} size="h4" mb="xs">
            {t('cases.intake.event')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="xs" data-testid="case-summary">
            {view.summaryText}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Fact label={t('cases.fields.place')}>{view.event.place}</Fact>
            <Fact label={t('cases.fields.region')}>{view.event.regionCode}</Fact>
            <Fact label={t('cases.fields.occurredOn')}>{view.event.occurredOn ? day(view.event.occurredOn) : null}</Fact>
            <Fact label={t('cases.fields.knownOn')}>{view.event.knownOn ? day(view.event.knownOn) : null}</Fact>
            <Fact label={t('cases.fields.source')}>{str(intake.source) ? t(`cases.sources.${intake.source as 'media'}`) : null}</Fact>
          </SimpleGrid>
        </div>
        {str(intake.chronology) ? <Fact label={t('cases.fields.chronology')}>{str(intake.chronology)}</Fact> : null}
        {witnesses.length ? (
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('cases.intake.witnesses')}
            </Text>
            <List size="sm">
              {witnesses.map((w, i) => (
                <List.Item key={i}>{str(w.name)}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {view.hasContacts ? <ContactsSection view={view} /> : null}
        {evidence.length ? (
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('cases.intake.evidence')}
            </Text>
            <List size="sm">
              {evidence.map((e, i) => (
                <List.Item key={i}>
                  {str(e.description)}
                  {str(e.kind) ? ` (${t(`cases.evidenceKinds.${e.kind as 'foto'}`)})` : ''}
                  {str(e.url) ? ` — ${str(e.url)}` : ''}
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}

function contactLine(c: PartyContact, none: string): string {
  return [c.address, c.phone].filter(Boolean).join(' · ') || none;
}

function ContactsSection({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const reveal = useReveal<PartyContacts>(view.id, 'contacts');
  const c = reveal.data;
  return (
    <div data-testid="party-contacts">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {t('cases.contacts.title')}
      </Text>
      {!can('cases.reporter') ? (
        <Text size="sm" c="dimmed" data-testid="party-contacts-restricted">
          {t('cases.contacts.restricted')}
        </Text>
      ) : c ? (
        <List size="sm" data-testid="party-contacts-list">
          {c.reportedParty ? (
            <List.Item>
              {t('cases.intake.reportedParty')}: {c.reportedParty.name} — {contactLine(c.reportedParty, t('cases.contacts.none'))}
            </List.Item>
          ) : null}
          {c.witnesses.map((w, i) => (
            <List.Item key={i}>
              {t('cases.contacts.witness')}: {w.name} — {contactLine(w, t('cases.contacts.none'))}
            </List.Item>
          ))}
        </List>
      ) : (
        <Stack gap="xs" mt={4}>
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">{t('cases.contacts.warning')}</Text>
          </Alert>
          <Button size="xs" variant="default" onClick={() => reveal.mutate()} loading={reveal.isPending} style={{ alignSelf: 'flex-start' }} data-testid="party-contacts-reveal">
            {t('cases.contacts.reveal')}
          </Button>
          <ApiErrorAlert error={reveal.error} testId="party-contacts-error" />
        </Stack>
      )}
    </div>
  );
}
