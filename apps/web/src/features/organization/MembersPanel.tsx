import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  inviteMemberSchema,
  ORG_ROLES,
  type InviteMemberInput,
  type OrgRole,
} from '@spillover/domain';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFieldError } from '../../app/forms/use-field-error';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import {
  ChangeMemberRoleDocument,
  InviteMemberDocument,
  OrganizationDocument,
  RemoveMemberDocument,
  RevokeInvitationDocument,
  type OrganizationQuery,
} from '../../generated/graphql';

type OrganizationDetail = OrganizationQuery['organization'];

function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organization');
  const [invite, { loading }] = useMutation(InviteMemberDocument, {
    refetchQueries: [{ query: OrganizationDocument, variables: { id: organizationId } }],
  });
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<InviteMemberInput>({
    resolver: zodResolver(inviteMemberSchema),
    mode: 'onTouched',
    defaultValues: { organizationId, email: '', role: 'ORG_MEMBER' },
  });
  const fieldError = useFieldError(form);

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    setSentTo(null);
    try {
      await invite({ variables: { input: values } });
      setSentTo(values.email);
      form.reset({ organizationId, email: '', role: 'ORG_MEMBER' });
    } catch (error) {
      setProblems(applyServerErrors(error, form.setError, ['email', 'role']));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="invite-heading">
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
                data={ORG_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
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

/** Members of an organization; its ORG_ADMINs also invite, change roles and remove. */
export function MembersPanel({
  organization,
  viewerUserId,
}: {
  organization: OrganizationDetail;
  viewerUserId: string | undefined;
}) {
  const { t } = useTranslation('organization');
  const format = useFormat();
  const isAdmin = organization.viewerRole === 'ORG_ADMIN';
  const refetch = {
    refetchQueries: [{ query: OrganizationDocument, variables: { id: organization.id } }],
  };
  const [changeRole] = useMutation(ChangeMemberRoleDocument);
  const [remove] = useMutation(RemoveMemberDocument, refetch);
  const [revoke] = useMutation(RevokeInvitationDocument, refetch);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  };

  const pendingInvitations = organization.invitations.filter(
    (invitation) => invitation.status === 'PENDING',
  );

  return (
    <Stack>
      <ErrorAlert error={error} />
      <Title order={2} size="h3">
        {t('members.title')}
      </Title>
      {organization.members.length === 0 ? (
        <Text c="dimmed">{t('members.hidden')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.email')}</Table.Th>
                <Table.Th scope="col">{t('members.role')}</Table.Th>
                <Table.Th scope="col">{t('members.since')}</Table.Th>
                {isAdmin ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organization.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    {member.user.displayName}
                    {member.user.id === viewerUserId ? (
                      <Badge ml="xs" size="xs" variant="light">
                        {t('members.you')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{member.user.email ?? t('common:none')}</Table.Td>
                  <Table.Td>
                    {isAdmin ? (
                      <Select
                        aria-label={t('members.roleOf', { name: member.user.displayName })}
                        size="xs"
                        data={ORG_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
                        value={member.role}
                        allowDeselect={false}
                        onChange={(value) => {
                          if (value && value !== member.role)
                            void run(() =>
                              changeRole({
                                variables: {
                                  input: { membershipId: member.id, role: value as OrgRole },
                                },
                              }),
                            );
                        }}
                      />
                    ) : (
                      t(`roles.${member.role}`)
                    )}
                  </Table.Td>
                  <Table.Td>{format.date(member.createdAt)}</Table.Td>
                  {isAdmin ? (
                    <Table.Td>
                      <ConfirmButton
                        label={t('members.remove')}
                        accessibleLabel={t('members.removeNamed', {
                          name: member.user.displayName,
                        })}
                        title={t('members.removeNamed', { name: member.user.displayName })}
                        message={t('members.removeConfirm', {
                          name: member.user.displayName,
                          organization: organization.name,
                        })}
                        onConfirm={() =>
                          run(() => remove({ variables: { membershipId: member.id } }))
                        }
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {isAdmin ? (
        <>
          <InviteForm organizationId={organization.id} />
          <Title order={3}>{t('members.pendingTitle')}</Title>
          {pendingInvitations.length === 0 ? (
            <Text c="dimmed">{t('members.noPending')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('members.email')}</Table.Th>
                  <Table.Th scope="col">{t('members.role')}</Table.Th>
                  <Table.Th scope="col">{t('members.expires')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pendingInvitations.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                    <Table.Td>{format.date(invitation.expiresAt)}</Table.Td>
                    <Table.Td>
                      <ConfirmButton
                        label={t('members.revoke')}
                        accessibleLabel={t('members.revokeNamed', { email: invitation.email })}
                        title={t('members.revokeNamed', { email: invitation.email })}
                        onConfirm={() => run(() => revoke({ variables: { id: invitation.id } }))}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      ) : null}
    </Stack>
  );
}
