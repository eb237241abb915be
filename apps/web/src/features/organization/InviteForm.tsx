import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { inviteMemberSchema } from '@spillover/domain';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { InviteMemberDocument, OrganizationDocument } from '../../generated/graphql';
import { useOrganizationOptions } from './organization-options';

/** An ORG_ADMIN invites someone by e-mail, with the role they will have. */
export function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organization');
  const { roles } = useOrganizationOptions();
  const [invite, { loading }] = useMutation(InviteMemberDocument, {
    refetchQueries: [{ query: OrganizationDocument, variables: { id: organizationId } }],
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useDomainForm(inviteMemberSchema, {
    organizationId,
    email: '',
    role: 'ORG_MEMBER',
  });
  const fieldError = useFieldError(form);

  const { problems, onSubmit } = useApiSubmit(form, ['email', 'role'], async (values) => {
    setSentTo(null);
    await invite({ variables: { input: values } });
    setSentTo(values.email);
    form.reset({ organizationId, email: '', role: 'ORG_MEMBER' });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
      <Stack>
        <Title order={3} id="invite-heading">
          {t('members.inviteTitle')}
        </Title>
        <ErrorAlert problems={problems} />
        <div aria-live="polite">
          {sentTo ? <Text c="teal">{t('members.invited', { email: sentTo })}</Text> : null}
        </div>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('members.email')}
            type="email"
            required
            {...form.register('email')}
            error={fieldError('email')}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select
                label={t('members.role')}
                data={roles}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'ORG_MEMBER')}
                allowDeselect={false}
                name={field.name}
                error={fieldError('role')}
              />
            )}
          />
        </Group>
        <Group>
          <Button type="submit" loading={loading}>
            {t('members.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
