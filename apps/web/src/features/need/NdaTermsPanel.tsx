import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ndaTermsSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { DataTable } from '../../app/lists/DataTable';
import { SetNdaTermsDocument, type NeedDetailFragment } from '../../generated/graphql';
import { NdaTermsText } from './ConfidentialSection';

/** New terms (a new version) for the confidential details; ORG_ADMINs of the owner. */
function NdaTermsForm({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  const [setTerms] = useMutation(SetNdaTermsDocument);
  const current = need.ndaTerms;
  const form = useDomainForm(ndaTermsSchema, { text: current?.text ?? '', version: '' });
  const fieldError = useFieldError(form, 'need');
  const { problems, onSubmit } = useApiSubmit(form, ['text', 'version'], async (values) => {
    await setTerms({ variables: { needId: need.id, input: values } });
    notifications.show({ color: 'teal', message: t('nda.saved', { version: values.version }) });
    form.reset({ text: values.text, version: '' });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="nda-form-heading">
      <Stack maw={720}>
        <Title order={3} size="h4" id="nda-form-heading">
          {current ? t('nda.newVersionTitle') : t('nda.setTitle')}
        </Title>
        <ErrorAlert problems={problems} />
        <Textarea
          label={t('nda.text')}
          required
          autosize
          minRows={4}
          maxRows={14}
          {...form.register('text')}
          error={fieldError('text')}
        />
        <TextInput
          label={t('nda.versionLabel')}
          description={
            current
              ? t('nda.versionHintCurrent', { version: current.version })
              : t('nda.versionHint')
          }
          required
          maw={240}
          {...form.register('version')}
          error={fieldError('version')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('nda.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who accepted which version, and when: the owner's record of the NDA. */
function Acceptances({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  const format = useFormat();
  if (need.ndaAcceptances.length === 0) return <Text c="dimmed">{t('nda.noAcceptances')}</Text>;
  return (
    <DataTable
      minWidth={560}
      striped
      columns={[t('nda.organization'), t('nda.versionColumn'), t('nda.by'), t('nda.at')]}
    >
      {need.ndaAcceptances.map((acceptance) => (
        <Table.Tr key={acceptance.id}>
          <Table.Td>{acceptance.organization.name}</Table.Td>
          <Table.Td>
            {acceptance.version}
            {acceptance.version === need.ndaTerms?.version ? (
              <Badge ml="xs" size="sm" variant="light">
                {t('nda.current')}
              </Badge>
            ) : null}
          </Table.Td>
          <Table.Td>{acceptance.acceptedBy?.displayName ?? t('common:none')}</Table.Td>
          <Table.Td>{format.dateTime(acceptance.acceptedAt)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** The owner's view of the NDA: current terms, new terms, acceptances. */
export function NdaTermsPanel({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  return (
    <Stack gap="sm" component="section" aria-labelledby="nda-heading">
      <Title order={2} size="h3" id="nda-heading">
        {t('nda.title')}
      </Title>
      {need.ndaTerms ? (
        <NdaTermsText terms={need.ndaTerms} />
      ) : (
        <Text c="dimmed">{t('nda.none')}</Text>
      )}
      {need.viewerCanPublish && need.status !== 'CLOSED' ? <NdaTermsForm need={need} /> : null}
      <Title order={3} size="h4">
        {t('nda.acceptancesTitle')}
      </Title>
      <Acceptances need={need} />
    </Stack>
  );
}
