import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { MESSAGE_BODY_MAX, messageDraftSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import {
  PostConversationMessageDocument,
  UnreadMessageCountDocument,
} from '../../generated/graphql';

/** Writes a message: the domain's body rule runs live; the server's refusal lands on the field. */
export function MessageComposer({
  conversationId,
  onSent,
}: {
  conversationId: string;
  onSent: () => void;
}) {
  const { t } = useTranslation('conversation');
  const [post, { loading }] = useMutation(PostConversationMessageDocument, {
    refetchQueries: [UnreadMessageCountDocument],
  });
  const form = useDomainForm(messageDraftSchema, { body: '' });
  const fieldError = useFieldError(form, 'conversation');
  const { problems, onSubmit } = useApiSubmit(form, ['body'], async (values) => {
    await post({ variables: { input: { conversationId, body: values.body } } });
    form.reset({ body: '' });
    onSent();
  });
  const length = form.watch('body').length;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <ErrorAlert problems={problems} />
        <Textarea
          label={t('composer.label')}
          description={`${t('composer.description', { max: MESSAGE_BODY_MAX })} (${length}/${MESSAGE_BODY_MAX})`}
          autosize
          minRows={3}
          maxRows={12}
          {...form.register('body')}
          error={fieldError('body')}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSubmit(event);
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('composer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
