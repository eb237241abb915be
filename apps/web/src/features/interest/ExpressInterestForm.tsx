import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import {
  interestMessageSchema,
  type InterestMessage,
  type InterestMessageInput,
} from '@spillover/domain';
import { Controller, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import {
  InterestSenderCapabilitiesDocument,
  type MatchReasonFieldsFragment,
} from '../../generated/graphql';
import { MatchReasons } from '../match/MatchReasons';

const FIELDS: readonly Path<InterestMessageInput>[] = [
  'message',
  'proposedApproach',
  'capabilityIds',
];

export interface SenderChoice {
  id: string;
  name: string;
}

interface ExpressInterestFormProps {
  /** The listing's title, to name the form. */
  title: string;
  /** The organizations the viewer may answer for (at least one). */
  senders: readonly SenderChoice[];
  /** Capabilities to link at first (the match card's own capability). */
  initialCapabilityIds?: readonly string[];
  /** Sent from a match card: its reasons, shown as what travels along. */
  reasons?: readonly MatchReasonFieldsFragment[];
  senderId: string;
  onSenderChange: (id: string) => void;
  /** Sends valid values; throw the API's refusal to have it shown. */
  onSubmit: (values: InterestMessage) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * An expression of interest: a message, a proposed approach and the sender's own published
 * capabilities. The domain's schema checks it live, as the API does again.
 */
export function ExpressInterestForm({
  title,
  senders,
  initialCapabilityIds = [],
  reasons = [],
  senderId,
  onSenderChange,
  onSubmit,
  onCancel,
}: ExpressInterestFormProps) {
  const { t } = useTranslation('interest');
  const form = useDomainForm(interestMessageSchema, {
    message: '',
    proposedApproach: '',
    capabilityIds: [...initialCapabilityIds],
  });
  const fieldError = useFieldError(form, 'interest');
  const { problems, onSubmit: submit } = useApiSubmit(form, FIELDS, onSubmit);
  const capabilities = useQuery(InterestSenderCapabilitiesDocument, {
    variables: { organizationId: senderId },
  });
  const published = (capabilities.data?.organization.capabilities.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.status === 'PUBLISHED');

  return (
    <form onSubmit={submit} noValidate aria-label={t('express.form', { title })}>
      <Stack gap="sm">
        <ErrorAlert problems={problems} />
        {senders.length > 1 ? (
          <Select
            label={t('express.organization')}
            data={senders.map((sender) => ({ value: sender.id, label: sender.name }))}
            value={senderId}
            allowDeselect={false}
            onChange={(value) => {
              if (!value) return;
              onSenderChange(value);
              form.setValue('capabilityIds', []);
            }}
          />
        ) : (
          <Text size="sm">
            {t('express.organization')}: {senders[0]?.name}
          </Text>
        )}
        <Textarea
          label={t('express.message')}
          description={t('express.messageHint')}
          required
          autosize
          minRows={3}
          {...form.register('message')}
          error={fieldError('message')}
        />
        <Textarea
          label={t('express.proposedApproach')}
          description={t('express.approachHint')}
          required
          autosize
          minRows={4}
          {...form.register('proposedApproach')}
          error={fieldError('proposedApproach')}
        />
        <Controller
          control={form.control}
          name="capabilityIds"
          render={({ field }) => (
            <Checkbox.Group
              label={t('express.capabilities')}
              description={
                published.length ? t('express.capabilitiesHint') : t('express.noCapabilities')
              }
              value={field.value ?? []}
              onChange={field.onChange}
              error={fieldError('capabilityIds')}
            >
              <Stack gap={6} mt="xs">
                {published.map((capability) => (
                  <Checkbox
                    key={capability.id}
                    value={capability.id}
                    label={capability.title}
                    onBlur={field.onBlur}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
        />
        {reasons.length ? (
          <Stack gap={4}>
            <Text size="sm">{t('express.fromMatch')}</Text>
            <MatchReasons reasons={reasons} title={title} />
          </Stack>
        ) : null}
        <Group gap="xs">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('express.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('express.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
