// The repeatable parts of an intake: witnesses (saksi) and the evidence handed over (bukti).
import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice, Field, type Form } from './intake-fields.js';

const EVIDENCE_KINDS = ['dokumen', 'foto', 'video', 'tautan', 'barang', 'lainnya'] as const;

function rows(f: Form, path: string): unknown[] {
  const v = f.value[path];
  return Array.isArray(v) ? v : [];
}

function Repeat({ f, path, legend, note, empty, addLabel, blank, render }: { f: Form; path: string; legend: string; note?: string; empty: string; addLabel: string; blank: object; render: (i: number) => ReactNode }) {
  const { t } = useTranslation();
  const list = rows(f, path);
  return (
    <Fieldset legend={legend} radius="md">
      <Stack gap="sm">
        {note ? (
          <Text size="xs" c="dimmed" data-testid={`intake-${path}-note`}>
            {note}
          </Text>
        ) : null}
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : null}
        {list.map((_, i) => (
          <Group key={i} align="flex-end" wrap="nowrap" gap="xs" data-testid={`intake-${path}-row`}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ flex: 1 }}>
              {render(i)}
            </SimpleGrid>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              aria-label={t('cases.intake.removeRow', { n: i + 1 })}
              onClick={() => f.set(path, list.filter((__, j) => j !== i))}
              data-testid={`intake-${path}-${i}-remove`}
            >
              ✕
            </Button>
          </Group>
        ))}
        <Button variant="light" size="xs" onClick={() => f.set(path, [...list, blank])} style={{ alignSelf: 'flex-start' }} data-testid={`intake-${path}-add`}>
          {addLabel}
        </Button>
      </Stack>
    </Fieldset>
  );
}

export function WitnessList({ f }: { f: Form }) {
  const { t } = useTranslation();
  return (
    <Repeat
      f={f}
      path="witnesses"
      legend={t('cases.intake.witnesses')}
      note={t('cases.intake.witnessContactsNote')}
      empty={t('cases.intake.noWitnesses')}
      addLabel={t('cases.intake.addWitness')}
      blank={{ name: '', address: '', phone: '' }}
      render={(i) => (
        <>
          <Field f={f} path={`witnesses.${i}.name`} label={t('cases.fields.name')} required />
          <Field f={f} path={`witnesses.${i}.address`} label={t('cases.fields.address')} />
          <Field f={f} path={`witnesses.${i}.phone`} label={t('cases.fields.phone')} type="tel" />
        </>
      )}
    />
  );
}

export function EvidenceList({ f }: { f: Form }) {
  const { t } = useTranslation();
  return (
    <Repeat
      f={f}
      path="evidence"
      legend={t('cases.intake.evidence')}
      empty={t('cases.intake.noEvidence')}
      addLabel={t('cases.intake.addEvidence')}
      blank={{ description: '', kind: 'foto', url: '' }}
      render={(i) => (
        <>
          <Field f={f} path={`evidence.${i}.description`} label={t('cases.fields.evidenceDescription')} required />
          <Choice f={f} path={`evidence.${i}.kind`} label={t('cases.fields.evidenceKind')} required data={EVIDENCE_KINDS.map((k) => ({ value: k, label: t(`cases.evidenceKinds.${k}`) }))} />
          <Field f={f} path={`evidence.${i}.url`} label={t('cases.fields.url')} type="url" placeholder="https://" />
        </>
      )}
    />
  );
}
