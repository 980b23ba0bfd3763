// One office: its fixed facts (code, kind, region) and the editable ones (name, contacts, active).
import { Alert, Anchor, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Office, OfficeUpdate } from '../../api/types.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { PageHeader, QueryState } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { Link, withQuery } from '../../router.js';
import { useSession } from '../auth/session.js';
import { useOffice } from './use-offices.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

function OfficeForm({ office }: { office: Office }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const editable = can('offices.manage');
  const [name, setName] = useState(office.name);
  const [address, setAddress] = useState(office.address ?? '');
  const [phone, setPhone] = useState(office.phone ?? '');
  const [email, setEmail] = useState(office.email ?? '');
  const [headName, setHeadName] = useState(office.headName ?? '');
  const [memberCount, setMemberCount] = useState<number | ''>(office.memberCount ?? '');
  const [active, setActive] = useState(office.active);

  const save = useMutation({
    mutationFn: (body: OfficeUpdate) => api.patch<Office>(`/api/v1/offices/${office.id}`, body),
    onSuccess: (o) => {
      queryClient.setQueryData(['office', o.id], o);
      void queryClient.invalidateQueries({ queryKey: ['offices'] });
    },
  });

  const changes = (): OfficeUpdate => {
    const body: OfficeUpdate = {};
    const norm = (s: string) => s.trim() || null;
    if (name.trim() !== office.name) body.name = name.trim();
    if (norm(address) !== office.address) body.address = norm(address);
    if (norm(phone) !== office.phone) body.phone = norm(phone);
    if (norm(email) !== office.email) body.email = norm(email);
    if (norm(headName) !== office.headName) body.headName = norm(headName);
    const members = memberCount === '' ? null : memberCount;
    if (members !== office.memberCount) body.memberCount = members;
    if (active !== office.active) body.active = active;
    return body;
  };
  const pending = changes();
  const dirty = Object.keys(pending).length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (dirty) save.mutate(pending);
  };
  const err = (f: string) => fieldError(save.error, f);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t('offices.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} readOnly={!editable} error={err('name')} data-testid="office-name" />
        <TextInput label={t('offices.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} readOnly={!editable} error={err('address')} data-testid="office-address" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('offices.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} readOnly={!editable} error={err('phone')} data-testid="office-phone" />
          <TextInput label={t('offices.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} readOnly={!editable} error={err('email')} data-testid="office-email" />
        </SimpleGrid>
        {/* the two hints differ in length: the inputs line up at the bottom */}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ alignItems: 'end' }}>
          <TextInput
            label={t('offices.headName')}
            description={t('offices.headNameHint')}
            value={headName}
            onChange={(e) => setHeadName(e.currentTarget.value)}
            readOnly={!editable}
            error={err('headName')}
            data-testid="office-headName"
          />
          <NumberInput
            label={t('offices.memberCount')}
            description={t('offices.memberCountHint')}
            value={memberCount}
            onChange={(v) => setMemberCount(typeof v === 'number' ? v : '')}
            min={1}
            max={15}
            allowDecimal={false}
            readOnly={!editable}
            error={err('memberCount')}
            data-testid="office-memberCount"
          />
        </SimpleGrid>
        <Switch
          label={t('offices.activeLabel')}
          description={t('offices.activeHint')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          disabled={!editable}
          data-testid="office-active"
        />
        <ApiErrorAlert error={save.error} testId="office-error" />
        {save.isSuccess && !dirty ? (
          <Alert color="green" variant="light" role="status" data-testid="office-saved">
            {t('common.saved')}
          </Alert>
        ) : null}
        {editable ? (
          <Group>
            <Button type="submit" loading={save.isPending} disabled={!dirty} data-testid="office-submit">
              {t('common.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

export function OfficeEditPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { can } = useSession();
  const office = useOffice(id);
  const parent = useOffice(office.data?.parentId ?? undefined);

  return (
    <>
      <PageHeader
        title={office.data?.name ?? t('offices.title')}
        actions={
          <>
            {can('users.read') ? (
              <Button variant="default" component={Link} to={withQuery('/konsol/pengguna', { officeId: id })} data-testid="office-users">
                {t('offices.users')}
              </Button>
            ) : null}
            <Button variant="subtle" component={Link} to="/konsol/kantor">
              {t('common.backToList')}
            </Button>
          </>
        }
      />
      <QueryState isPending={office.isPending} error={office.error}>
        {() => {
          const o = office.data as Office;
          return (
            <Stack gap="md" maw={860}>
              <Paper withBorder radius="md" p="lg">
                <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
                  <Fact label={t('offices.code')}>{o.code}</Fact>
                  <Fact label={t('offices.kind')}>{labels.officeKind(o.kind)}</Fact>
                  <Fact label={t('offices.region')}>
                    {o.regionCode ? (
                      <Anchor component={Link} to={`/konsol/wilayah/${o.regionCode}`}>
                        {o.regionName ?? o.regionCode} ({o.regionCode})
                      </Anchor>
                    ) : (
                      t('offices.national')
                    )}
                  </Fact>
                  <Fact label={t('offices.parent')}>
                    {parent.data ? (
                      <Anchor component={Link} to={`/konsol/kantor/${parent.data.id}`}>
                        {parent.data.name}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Fact>
                </SimpleGrid>
              </Paper>
              <Paper withBorder radius="md" p="lg">
                <OfficeForm key={o.id} office={o} />
              </Paper>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
