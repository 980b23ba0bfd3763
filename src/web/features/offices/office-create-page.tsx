// New office: kind, code, name, region (searched), parent office and contact details.
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICE_KIND_LEVEL, OFFICE_KINDS, type OfficeKind } from '../../../core/access.js';
import { api } from '../../api/client.js';
import type { Office, OfficeCreate, Region } from '../../api/types.js';
import { ApiErrorAlert, fieldError } from '../../components/ui/api-error.js';
import { PageHeader } from '../../components/ui/page.js';
import { useLabels } from '../../i18n/labels.js';
import { Link, navigate } from '../../router.js';
import { useUser } from '../auth/session.js';
import { RegionPicker } from '../regions/region-picker.js';
import { OfficeSelect } from './office-select.js';

const LEVEL_NUMBER = { provinsi: 1, 'kabupaten-kota': 2, kecamatan: 3, 'kelurahan-desa': 4 } as const;

export function OfficeCreatePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const user = useUser();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<OfficeKind | ''>('');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [region, setRegion] = useState<Region | null>(null);
  const [parentId, setParentId] = useState(user.office.id);
  const [address, setAddress] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');

  const levelRule = kind ? OFFICE_KIND_LEVEL[kind] : 'any';
  const national = levelRule === 'national';
  const level = levelRule === 'national' || levelRule === 'any' ? undefined : LEVEL_NUMBER[levelRule];

  const create = useMutation({
    mutationFn: (body: OfficeCreate) => api.post<Office>('/api/v1/offices', body),
    onSuccess: (office) => {
      void queryClient.invalidateQueries({ queryKey: ['offices'] });
      navigate(`/konsol/kantor/${office.id}`, { replace: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    create.mutate({
      code: code.trim(),
      name: name.trim(),
      kind,
      regionCode: national ? null : (region?.code ?? null),
      parentId: parentId || null,
      address: address.trim() || null,
      phone: phone.trim() || null,
      email: email.trim() || null,
    });
  };
  const err = (f: string) => fieldError(create.error, f);

  return (
    <>
      <PageHeader title={t('offices.new')} description={t('offices.newIntro')} />
      <Paper withBorder radius="md" p="lg" maw={860}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('offices.kind')}
                required
                placeholder={t('common.choose')}
                value={kind || null}
                onChange={(v) => {
                  setKind((v ?? '') as OfficeKind | '');
                  setRegion(null);
                }}
                allowDeselect={false}
                data={OFFICE_KINDS.map((k) => ({ value: k, label: labels.officeKind(k) }))}
                error={err('kind')}
                data-testid="office-kind"
              />
              <OfficeSelect
                label={t('offices.parent')}
                placeholder={t('offices.noParent')}
                clearable
                value={parentId || null}
                onChange={(o) => setParentId(o?.id ?? '')}
                error={err('parentId')}
                testId="office-parent"
              />
              <TextInput
                label={t('offices.name')}
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={err('name')}
                data-testid="office-name"
              />
              <TextInput
                label={t('offices.code')}
                description={t('offices.codeHint')}
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value.toLowerCase())}
                error={err('code')}
                data-testid="office-code"
              />
            </SimpleGrid>
            {national ? (
              <Text size="sm" c="dimmed">
                {t('offices.nationalHint')}
              </Text>
            ) : (
              <RegionPicker
                label={t('offices.region')}
                value={region}
                onChange={setRegion}
                level={level}
                required={!!kind}
                error={err('regionCode')}
                testId="office-region"
              />
            )}
            <TextInput label={t('offices.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={err('address')} data-testid="office-address" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label={t('offices.phone')} type="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} error={err('phone')} data-testid="office-phone" />
              <TextInput label={t('offices.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={err('email')} data-testid="office-email" />
            </SimpleGrid>
            <ApiErrorAlert error={create.error} testId="office-error" />
            <Group>
              <Button type="submit" loading={create.isPending} disabled={!kind} data-testid="office-submit">
                {t('offices.create')}
              </Button>
              <Button variant="default" component={Link} to="/konsol/kantor">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
