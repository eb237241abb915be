import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Radio,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import type { ImportMode, ListingKind } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportHref, templateHref, uploadImport } from './upload-import';

interface ImportFormProps {
  /** Null for a platform admin's import for many organizations. */
  organizationId: string | null;
  onStarted(id: string): void;
}

/** The import's choices: kind, template, file, what to do with bad rows, drafts or published. */
export function ImportForm({ organizationId, onStarted }: ImportFormProps) {
  const { t, i18n } = useTranslation('import');
  const language = i18n.language === 'ko' ? 'ko' : 'en';
  const [kind, setKind] = useState<ListingKind>('CAPABILITY');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<Exclude<ImportMode, 'PREVIEW'>>('VALID_ROWS');
  const [publish, setPublish] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (chosen: ImportMode) => {
    if (!file) {
      setProblem(t('fileMissing'));
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await uploadImport({
      kind,
      organizationId,
      mode: chosen,
      publish,
      file,
    }).finally(() => setBusy(false));
    if ('id' in result) onStarted(result.id);
    else
      setProblem(
        result.error.code === 'BAD_USER_INPUT'
          ? result.error.message
          : t(`common:errors.${result.error.code}`, { defaultValue: result.error.message }),
      );
  };

  return (
    <Stack>
      <Text>{t('intro')}</Text>
      <Stack gap={4}>
        <Text fw={500} id="import-kind-label">
          {t('kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="import-kind-label"
          value={kind}
          onChange={(value) => setKind(value as ListingKind)}
          data={(['CAPABILITY', 'NEED'] as const).map((value) => ({
            value,
            label: t(`kinds.${value}`),
          }))}
        />
      </Stack>
      <Group>
        <Text fw={500}>{t('template')}:</Text>
        <Anchor href={templateHref(kind, 'en', organizationId === null)} download>
          {t('templateEn')}
        </Anchor>
        <Anchor href={templateHref(kind, 'ko', organizationId === null)} download>
          {t('templateKo')}
        </Anchor>
        {organizationId ? (
          <Anchor href={exportHref(kind, organizationId, language)} download>
            {t('export')}
          </Anchor>
        ) : null}
      </Group>
      <FileInput
        label={t('file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
      />
      <Radio.Group
        label={t('mode')}
        value={mode}
        onChange={(value) => setMode(value as typeof mode)}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="VALID_ROWS" label={t('modes.VALID_ROWS')} />
          <Radio value="ALL_OR_NOTHING" label={t('modes.ALL_OR_NOTHING')} />
        </Stack>
      </Radio.Group>
      <Radio.Group
        label={t('publish')}
        value={publish ? 'published' : 'draft'}
        onChange={(value) => setPublish(value === 'published')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="draft" label={t('publishes.draft')} />
          <Radio value="published" label={t('publishes.published')} />
        </Stack>
      </Radio.Group>
      {problem ? (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Group>
        <Button variant="default" loading={busy} onClick={() => void send('PREVIEW')}>
          {t('check')}
        </Button>
        <Button loading={busy} onClick={() => void send(mode)}>
          {t('start')}
        </Button>
      </Group>
    </Stack>
  );
}
