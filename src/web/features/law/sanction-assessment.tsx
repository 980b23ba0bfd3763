// The sanction assessment: actor kind and acts from the SKB 2022 catalogue in, the moral sanction,
// the disciplinary level, criminal exposure and the recipient of the recommendation out.
import { Badge, Button, Checkbox, Grid, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECIPIENT_NAMES } from '../../../core/law/recipients.js';
import { api } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { QueryState } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { FlagBadge } from './flag-badge.js';
import { useCatalogue, useRegimes, type LawAssessRequest, type LawAssessResponse } from './law-api.js';
import { formatRupiah } from './law-format.js';

const ACTORS = ['asn', 'official', 'village-head', 'candidate'] as const;

function AssessmentResult({ result }: { result: LawAssessResponse }) {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const recipient = RECIPIENT_NAMES[result.recipient];
  const recipientFlag = result.flags.find((f) => f.subject === `recipient:${result.recipient}`)?.flag;
  return (
    <Stack gap="md" data-testid="assess-result" aria-live="polite">
      <Title order={2} size="h3">
        {t('law.assess.result')}
      </Title>
      <Paper withBorder radius="md" p="md">
        <Group gap="xl" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('law.assess.moralSanction')}
            </Text>
            <Text fw={700} data-testid="assess-moral">
              {result.moralSanction ? t('law.assess.yes') : t('law.assess.no')}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('law.assess.discipline')}
            </Text>
            <Text fw={700} data-testid="assess-discipline">
              {t(`law.assess.levels.${result.discipline ?? 'none'}`)}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {t('law.assess.recipient')}
            </Text>
            <Group gap={6}>
              <Text fw={700} data-testid="assess-recipient">
                {lang === 'en' ? recipient.nameEn : recipient.nameId}
              </Text>
              {recipientFlag ? <FlagBadge flag={recipientFlag} testId="assess-flag" /> : null}
            </Group>
          </div>
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="xs">
          {t('law.assess.criminal')}
        </Title>
        {result.criminal.length ? (
          <Stack gap="sm">
            {result.criminal.map((c) => (
              <Stack key={c.article} gap={2} data-testid="assess-criminal-row" data-article={c.article}>
                <Group gap={6}>
                  <Text size="sm" fw={700}>
                    {c.article}
                  </Text>
                  {c.flag ? <FlagBadge flag={c.flag} testId="assess-flag" /> : null}
                </Group>
                <Text size="sm">
                  {c.penalty === 'kurungan' ? t('law.assess.kurungan') : t('law.assess.prison')} {t('law.assess.months', { min: c.prisonMonths[0], max: c.prisonMonths[1] })}{' '}
                  {c.combination} {t('law.assess.fine').toLowerCase()} {formatRupiah(c.fineRupiah[0])}–{formatRupiah(c.fineRupiah[1])}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('law.assess.condition')}: {lang === 'en' ? c.conditionEn : c.conditionId}
                </Text>
              </Stack>
            ))}
          </Stack>
        ) : (
          <Text size="sm">{t('law.assess.noCriminal')}</Text>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="xs">
          {t('law.assess.citations')}
        </Title>
        <List size="sm" spacing={4}>
          {result.citations.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
      </Paper>
    </Stack>
  );
}

export function SanctionAssessment() {
  const { t } = useTranslation();
  const { lang } = useLabels();
  const regimes = useRegimes();
  const catalogue = useCatalogue();
  const [regimeId, setRegimeId] = useState('pilkada-2024');
  const [actor, setActor] = useState<(typeof ACTORS)[number]>('asn');
  const [occurredOn, setOccurredOn] = useState('');
  const [acts, setActs] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const assess = useMutation({ mutationFn: (body: LawAssessRequest) => api.post<LawAssessResponse>('/api/v1/law/assess', body) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!acts.length || !occurredOn);
    if (!acts.length || !occurredOn) return;
    assess.mutate({ regime: regimeId, actorKind: actor, actCodes: acts as LawAssessRequest['actCodes'], occurredOn });
  };

  return (
    <QueryState isPending={regimes.isPending || catalogue.isPending} error={regimes.error ?? catalogue.error}>
      {() => (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Paper withBorder radius="md" p="lg" component="form" onSubmit={submit} noValidate aria-label={t('law.tabAssess')}>
              <Stack gap="md">
                <Text size="sm" c="dimmed">
                  {t('law.assess.intro')}
                </Text>
                <Select
                  label={t('law.regime')}
                  value={regimeId}
                  onChange={(v) => v && setRegimeId(v)}
                  allowDeselect={false}
                  data={(regimes.data?.regimes ?? []).map((r) => ({ value: r.id, label: lang === 'en' ? r.nameEn : r.nameId }))}
                  data-testid="assess-regime"
                />
                <Select
                  label={t('law.assess.actor')}
                  value={actor}
                  onChange={(v) => v && setActor(v as (typeof ACTORS)[number])}
                  allowDeselect={false}
                  data={ACTORS.map((a) => ({ value: a, label: t(`law.assess.actors.${a}`) }))}
                  data-testid="assess-actor"
                />
                <TextInput
                  type="date"
                  label={t('law.assess.occurredOn')}
                  required
                  value={occurredOn}
                  onChange={(e) => setOccurredOn(e.currentTarget.value)}
                  error={missing && !occurredOn ? t('law.calc.required') : undefined}
                  data-testid="assess-occurred-on"
                />
                <Checkbox.Group label={t('law.assess.acts')} value={acts} onChange={setActs} error={missing && !acts.length ? t('law.assess.pickActs') : undefined}>
                  <Stack gap={8} mt="xs">
                    {(catalogue.data?.acts ?? []).map((a) => (
                      <Group key={a.code} gap={6} wrap="nowrap" align="flex-start">
                        <Checkbox value={a.code} label={`${a.row}. ${lang === 'en' ? a.textEn : a.textId}`} data-testid="assess-act" data-code={a.code} />
                        {a.flag ? <FlagBadge flag={a.flag} testId="assess-flag" compact /> : null}
                        {a.discipline ? (
                          <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }} title={t('law.assess.discipline')}>
                            {a.discipline === 'ptdh' ? 'PTDH' : a.discipline}
                          </Badge>
                        ) : null}
                      </Group>
                    ))}
                  </Stack>
                </Checkbox.Group>
                <ApiErrorAlert error={assess.error} testId="assess-error" />
                <Button type="submit" loading={assess.isPending} data-testid="assess-submit">
                  {t('law.assess.submit')}
                </Button>
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>{assess.data ? <AssessmentResult result={assess.data} /> : null}</Grid.Col>
        </Grid>
      )}
    </QueryState>
  );
}
