// Evidence: upload (label, source link, capture time, then the file), the list with each file's
// SHA-256, and an inline viewer for images, audio, video and PDFs (in a frame the server allows
// for Netra's own pages only). Every file can also be downloaded.
import { Alert, Anchor, Box, Button, Card, Collapse, Group, Image, Input, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.js';
import { webLink } from '../../../core/cases/fields.js';
import { ApiError } from '../../api/client.js';
import { ActionError } from './action-shell.js';
import { fromLocalInput, useCaseFormat } from './case-format.js';
import { evidenceUrl, uploadEvidence, type CaseView, type EvidenceItem } from './cases-api.js';
import { PdfFrame } from './pdf-frame.js';

const size = (n: number) => (n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`);

function Viewer({ url, item }: { url: string; item: EvidenceItem }) {
  const { t } = useTranslation();
  const type = item.mediaType;
  if (type.startsWith('image/')) return <Image src={url} alt={item.label} maw="100%" mah={420} fit="contain" radius="sm" data-testid="evidence-viewer" />;
  if (type.startsWith('audio/')) return <audio controls src={url} style={{ width: '100%' }} data-testid="evidence-viewer" />;
  if (type.startsWith('video/')) return <video controls src={url} style={{ width: '100%', maxHeight: 420 }} data-testid="evidence-viewer" />;
  if (type === 'application/pdf') return <PdfFrame url={url} title={item.label} testId="evidence-viewer" />;
  return (
    <Text size="sm" c="dimmed" data-testid="evidence-viewer">
      {t('cases.evidence.noPreview')}
    </Text>
  );
}

function EvidenceRow({ caseId, item, offset }: { caseId: string; item: EvidenceItem; offset: string }) {
  const { t } = useTranslation();
  const { short } = useCaseFormat();
  const [open, setOpen] = useState(false);
  const url = evidenceUrl(caseId, item.id);
  const viewable = /^(image|audio|video)\//.test(item.mediaType) || item.mediaType === 'application/pdf';
  return (
    <Box data-testid="evidence-row" data-id={item.id} data-media-type={item.mediaType} py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} size="sm">
            {item.label}
          </Text>
          <Text size="xs" c="dimmed">
            {item.mediaType} · {size(item.sizeBytes)} · {t('cases.evidence.added')} {short(item.createdAt, offset)}
            {item.capturedAt ? ` · ${t('cases.evidence.captured')} ${short(item.capturedAt, offset)}` : ''}
          </Text>
          {item.sourceUrl && webLink.safeParse(item.sourceUrl).success ? (
            <Anchor href={item.sourceUrl} target="_blank" rel="noopener noreferrer" size="xs" style={{ wordBreak: 'break-all' }} data-testid="evidence-source-link">
              {item.sourceUrl}
            </Anchor>
          ) : item.sourceUrl ? (
            // stored before links were limited to http(s): shown, never followed
            <Text size="xs" style={{ wordBreak: 'break-all' }}>
              {item.sourceUrl}
            </Text>
          ) : null}
          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="evidence-sha256">
            SHA-256 {item.sha256}
          </Text>
        </div>
        <Group gap="xs">
          {viewable ? (
            <Button size="xs" variant="light" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="evidence-view">
              {open ? t('cases.evidence.hide') : t('cases.evidence.view')}
            </Button>
          ) : null}
          <Button size="xs" variant="default" component="a" href={url} download data-testid="evidence-download">
            {t('cases.evidence.download')}
          </Button>
        </Group>
      </Group>
      <Collapse in={open}>{open ? <Box mt="xs"><Viewer url={url} item={item} /></Box> : null}</Collapse>
    </Box>
  );
}

/** 413 and 415 say what the file should be rather than what the request was. */
function useFriendly() {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (!(error instanceof ApiError)) return error;
    if (error.status === 415) return new ApiError(415, error.code, t('cases.evidence.unsupported'));
    if (error.status === 413) return new ApiError(413, error.code, t('cases.evidence.tooLarge'));
    return error;
  };
}

export function EvidencePanel({ view, offset }: { view: CaseView; offset: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const friendly = useFriendly();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [capturedAt, setCapturedAt] = useState('');
  /** The label of the evidence the last upload turned out to be already (the same file). */
  const [already, setAlready] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: () => uploadEvidence(view.id, { file: file as File, label: label.trim() || (file as File).name, sourceUrl: sourceUrl.trim() || undefined, capturedAt: fromLocalInput(capturedAt, offset) || undefined }),
    onSuccess: (item) => {
      setAlready(item.alreadyAttached ? item.label : null);
      setFile(null);
      setLabel('');
      setSourceUrl('');
      setCapturedAt('');
      if (fileRef.current) fileRef.current.value = '';
      void queryClient.invalidateQueries({ queryKey: ['case', view.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) upload.mutate();
  };
  const canUpload = can('cases.act') && !view.terminal;

  return (
    <Card withBorder radius="md" padding="md" data-testid="evidence">
      <Title order={2} size="h4" mb="xs">
        {t('cases.evidence.title')}
      </Title>
      {view.evidence.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('cases.evidence.none')}
        </Text>
      ) : (
        <Stack gap={0} mb="sm">
          {view.evidence.map((e) => (
            <EvidenceRow key={e.id} caseId={view.id} item={e} offset={offset} />
          ))}
        </Stack>
      )}
      {canUpload ? (
        <form onSubmit={submit} noValidate aria-label={t('cases.evidence.upload')} data-testid="evidence-upload">
          <Stack gap="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <Text fw={600} size="sm">
              {t('cases.evidence.upload')}
            </Text>
            <Input.Wrapper label={t('cases.evidence.file')} description={t('cases.evidence.fileHint')} required>
              <input
                ref={fileRef}
                type="file"
                accept="image/*,application/pdf,audio/*,video/*"
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  setAlready(null);
                }}
                data-testid="evidence-file"
                style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
              />
            </Input.Wrapper>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('cases.evidence.label')} placeholder={file?.name} value={label} onChange={(e) => setLabel(e.currentTarget.value)} data-testid="evidence-label" />
              <TextInput type="url" label={t('cases.evidence.sourceUrl')} placeholder="https://" value={sourceUrl} onChange={(e) => setSourceUrl(e.currentTarget.value)} data-testid="evidence-source" />
              <TextInput type="datetime-local" label={t('cases.evidence.capturedAt')} value={capturedAt} onChange={(e) => setCapturedAt(e.currentTarget.value)} data-testid="evidence-captured" />
            </SimpleGrid>
            {already !== null ? (
              <Alert color="blue" variant="light" data-testid="evidence-already">
                {t('cases.evidence.alreadyAttached', { label: already })}
              </Alert>
            ) : null}
            <ActionError error={friendly(upload.error)} testId="evidence-error" />
            <Group>
              <Button type="submit" loading={upload.isPending} disabled={!file} data-testid="evidence-submit">
                {t('cases.evidence.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Card>
  );
}
