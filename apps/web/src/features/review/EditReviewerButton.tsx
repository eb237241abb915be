import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { updateReviewerSchema } from '@spillover/domain';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { UpdateCallReviewerDocument, type PoolMemberFragment } from '../../generated/graphql';
import { ExpertiseFields } from './ExpertiseFields';
import { MaxLoadInput } from './MaxLoadInput';

const FIELDS = [
  'maxLoad',
  'expertise.technologyCodes',
  'expertise.sectors',
  'expertise.text',
] as const;

/** Opens a pool member's expertise and maximum load for editing (the call's managers). */
export function EditReviewerButton({
  member,
  onSaved,
}: {
  member: PoolMemberFragment;
  onSaved: () => void;
}) {
  const { t } = useTranslation('review');
  const [opened, { open, close }] = useDisclosure(false);
  const name = member.displayName ?? member.email;
  return (
    <>
      <Button size="xs" variant="default" aria-label={t('pool.editNamed', { name })} onClick={open}>
        {t('pool.edit')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('pool.editTitle', { name })}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        size="lg"
      >
        {opened ? (
          <EditReviewerForm
            member={member}
            onCancel={close}
            onSaved={() => {
              close();
              onSaved();
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

function EditReviewerForm({
  member,
  onCancel,
  onSaved,
}: {
  member: PoolMemberFragment;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('review');
  const [update] = useMutation(UpdateCallReviewerDocument);
  const form = useDomainForm(updateReviewerSchema, {
    expertise: {
      technologyCodes: [...member.expertise.technologyCodes],
      sectors: [...member.expertise.sectors],
      text: member.expertise.text,
    },
    maxLoad: member.maxLoad,
  });
  const fieldError = useFieldError(form, 'review');
  const { problems, onSubmit } = useApiSubmit(form, FIELDS, async (values) => {
    await update({
      variables: {
        id: member.id,
        input: {
          ...(values.expertise ? { expertise: values.expertise } : {}),
          ...(values.maxLoad !== undefined ? { maxLoad: values.maxLoad } : {}),
        },
      },
    });
    onSaved();
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ErrorAlert problems={problems} />
        <Controller
          control={form.control}
          name="expertise"
          render={({ field }) => (
            <ExpertiseFields
              value={{
                technologyCodes: field.value?.technologyCodes ?? [],
                sectors: field.value?.sectors ?? [],
                text: field.value?.text ?? '',
              }}
              onChange={field.onChange}
              onBlur={field.onBlur}
              errors={{
                technologyCodes: fieldError('expertise.technologyCodes'),
                sectors: fieldError('expertise.sectors'),
                text: fieldError('expertise.text'),
              }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="maxLoad"
          render={({ field }) => (
            <MaxLoadInput
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError('maxLoad')}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('pool.cancel')}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('pool.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
