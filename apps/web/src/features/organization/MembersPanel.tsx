import { useMutation } from '@apollo/client/react';
import { Badge, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepsAnAdmin, type OrgRole } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  ChangeMemberRoleDocument,
  OrganizationDocument,
  RemoveMemberDocument,
  RevokeInvitationDocument,
  type OrganizationQuery,
} from '../../generated/graphql';
import { InviteForm } from './InviteForm';
import { useOrganizationOptions } from './organization-options';

type OrganizationDetail = OrganizationQuery['organization'];

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
  const { roles } = useOrganizationOptions();
  const isAdmin = organization.viewerRole === 'ORG_ADMIN';
  const refetch = {
    refetchQueries: [{ query: OrganizationDocument, variables: { id: organization.id } }],
  };
  const [changeRole] = useMutation(ChangeMemberRoleDocument);
  const [remove] = useMutation(RemoveMemberDocument, refetch);
  const [revoke] = useMutation(RevokeInvitationDocument, refetch);
  const { run, error } = useRowAction();

  // Offer only what can succeed: the last ORG_ADMIN can be neither demoted nor removed.
  const memberRoles = organization.members.map((member) => member.role);
  const canLeaveAdmin = (role: OrgRole) =>
    keepsAnAdmin(memberRoles, { from: role, to: 'ORG_MEMBER' }) &&
    keepsAnAdmin(memberRoles, { from: role, to: 'REMOVED' });

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
        <DataTable
          minWidth={560}
          striped
          columns={[t('members.name'), t('members.email'), t('members.role'), t('members.since')]}
          actionsLabel={isAdmin ? t('members.actions') : undefined}
        >
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
                    data={roles}
                    value={member.role}
                    allowDeselect={false}
                    disabled={!canLeaveAdmin(member.role)}
                    description={
                      canLeaveAdmin(member.role) ? undefined : t('members.lastAdminHint')
                    }
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
                  {canLeaveAdmin(member.role) ? (
                    <ConfirmButton
                      label={t('members.remove')}
                      accessibleLabel={t('members.removeNamed', { name: member.user.displayName })}
                      message={t('members.removeConfirm', {
                        name: member.user.displayName,
                        organization: organization.name,
                      })}
                      onConfirm={() =>
                        run(() => remove({ variables: { membershipId: member.id } }))
                      }
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('members.lastAdmin')}
                    </Text>
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {isAdmin ? (
        <>
          <InviteForm organizationId={organization.id} />
          <Title order={3}>{t('members.pendingTitle')}</Title>
          {pendingInvitations.length === 0 ? (
            <Text c="dimmed">{t('members.noPending')}</Text>
          ) : (
            <DataTable
              columns={[t('members.email'), t('members.role'), t('members.expires')]}
              actionsLabel={t('members.actions')}
            >
              {pendingInvitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>{t(`roles.${invitation.role}`)}</Table.Td>
                  <Table.Td>{format.date(invitation.expiresAt)}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      label={t('members.revoke')}
                      accessibleLabel={t('members.revokeNamed', { email: invitation.email })}
                      onConfirm={() => run(() => revoke({ variables: { id: invitation.id } }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </>
      ) : null}
    </Stack>
  );
}
