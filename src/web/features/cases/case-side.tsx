// The side of the case page: who handles it (assignment), and the reporter's identity behind an
// explicit, logged reveal (personal data: UU 27/2022; never fetched by itself).
import { Alert, Button, Card, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/ui/api-error.js';
import { useSession, useUser } from '../auth/session.js';
import { useCaseFormat } from './case-format.js';
import { useOfficeUsers, useReveal, type CaseView, type ReporterIdentity } from './cases-api.js';

export function AssignPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const me = useUser();
  const queryClient = useQueryClient();
  const users = useOfficeUsers(view.office.id);
  const handlers = (users.data?.items ?? []).filter((u) => u.active && (u.role === 'penanganan' || u.role === 'pimpinan'));
  const assign = useMutation({
    mutationFn: (assigneeId: string | null) => api.post<CaseView>(`/api/v1/cases/${view.id}/assign`, { assigneeId }),
    onSuccess: (v) => {
      queryClient.setQueryData(['case', view.id], v);
      void queryClient.invalidateQueries({ queryKey: ['case', view.id, 'timeline'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  const current = (users.data?.items ?? []).find((u) => u.id === view.assigneeId);
  return (
    <Card withBorder radius="md" padding="md" data-testid="assignment">
      <Title order={2} size="h5" mb="xs">
        {t('cases.assign.title')}
      </Title>
      {can('cases.assign') ? (
        <Stack gap="xs">
          <Select
            aria-label={t('cases.assign.title')}
            placeholder={t('cases.unassigned')}
            data={handlers.map((u) => ({ value: u.id, label: u.displayName }))}
            value={view.assigneeId}
            onChange={(v) => assign.mutate(v)}
            clearable
            searchable
            disabled={assign.isPending}
            nothingFoundMessage={t('common.nothingFound')}
            data-testid="case-assign"
          />
          {view.assigneeId !== me.id && handlers.some((u) => u.id === me.id) ? (
            <Button size="xs" variant="subtle" onClick={() => assign.mutate(me.id)} loading={assign.isPending} style={{ alignSelf: 'flex-start' }} data-testid="case-assign-me">
              {t('cases.assign.me')}
            </Button>
          ) : null}
          <ApiErrorAlert error={assign.error} testId="assign-error" />
        </Stack>
      ) : (
        <Text size="sm">{current?.displayName ?? t('cases.unassigned')}</Text>
      )}
    </Card>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function ReporterPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const { day } = useCaseFormat();
  const { can } = useSession();
  const reveal = useReveal<ReporterIdentity>(view.id, 'reporter');
  if (!view.hasReporter || !can('cases.reporter')) return null;
  const r = reveal.data;
  return (
    <Card withBorder radius="md" padding="md" data-testid="reporter">
      <Title order={2} size="h5" mb="xs">
        {t('cases.reporter.title')}
      </Title>
      {r ? (
        <SimpleGrid cols={1} spacing={6} data-testid="reporter-identity">
          <Line label={t('cases.fields.name')}>{r.name}</Line>
          <Line label={t('cases.fields.nik')}>{r.nik}</Line>
          <Line label={t('cases.fields.birthPlace')}>{`${r.birthPlace}, ${day(r.birthDate)}`}</Line>
          <Line label={t('cases.fields.sex')}>{t(`cases.sex.${r.sex}`)}</Line>
          <Line label={t('cases.fields.occupation')}>{r.occupation}</Line>
          <Line label={t('cases.fields.citizenship')}>{r.citizenship}</Line>
          <Line label={t('cases.fields.address')}>{r.address}</Line>
          <Line label={t('cases.fields.phone')}>{r.phone}</Line>
          <Line label={t('cases.fields.email')}>{r.email}</Line>
          {r.representative ? (
            <Line label={t('cases.reporter.representative')}>
              <span data-testid="reporter-representative">
                {[r.representative.name, r.representative.nik, r.representative.phone, r.representative.address, `${t('cases.fields.powerOfAttorney')}: ${r.representative.powerOfAttorney}`]
                  .filter(Boolean)
                  .map((line) => (
                    <span key={line} style={{ display: 'block' }}>
                      {line}
                    </span>
                  ))}
              </span>
            </Line>
          ) : null}
        </SimpleGrid>
      ) : (
        <Stack gap="xs">
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">{t('cases.reporter.warning')}</Text>
          </Alert>
          <Button size="xs" variant="default" onClick={() => reveal.mutate()} loading={reveal.isPending} data-testid="reporter-reveal">
            {t('cases.reporter.reveal')}
          </Button>
          <ApiErrorAlert error={reveal.error} testId="reporter-error" />
        </Stack>
      )}
    </Card>
  );
}
