import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { reportReasonSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { ReportConversationDocument } from '../../generated/graphql';

/** A participant reports the conversation; moderators may then read it. */
export function ReportConversationButton({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('conversation');
  const { t: tAll } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [report, { loading }] = useMutation(ReportConversationDocument);
  const form = useDomainForm(reportReasonSchema, { reason: '' });
  const fieldError = useFieldError(form, 'conversation');
  const { problems, onSubmit } = useApiSubmit(form, ['reason'], async (values) => {
    await report({ variables: { input: { conversationId, reason: values.reason } } });
    notifications.show({ color: 'teal', message: t('report.done') });
    close();
  });

  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={open}>
        {t('report.open')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('report.title')}
        closeButtonProps={{ 'aria-label': tAll('common:actions.close') }}
      >
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm">{t('report.intro')}</Text>
            <ErrorAlert problems={problems} />
            <Textarea
              label={t('report.reason')}
              required
              data-autofocus
              {...form.register('reason')}
              error={fieldError('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('report.cancel')}
              </Button>
              <Button type="submit" color="red" loading={loading}>
                {t('report.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
