import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { Fact } from '../../app/layout/Fact';
import type { ClusterMembershipFieldsFragment } from '../../generated/graphql';

const isDecidedAgainst = (status: ClusterMembershipFieldsFragment['status']) =>
  status === 'REJECTED' || status === 'REMOVED';

/**
 * Where the viewer's own organizations stand with this cluster: member, applied, or turned
 * down or removed, with the reason the manager gave.
 */
export function OwnMemberships({
  memberships,
}: {
  memberships: ClusterMembershipFieldsFragment[];
}) {
  const { t } = useTranslation('cluster');
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('own.title')}
      </Title>
      <List>
        {memberships.map((membership) => (
          <List.Item key={membership.id}>
            <Group gap="xs">
              <Anchor component={Link} to={`/organizations/${membership.organization.id}`}>
                {membership.organization.name}
              </Anchor>
              <Badge
                size="sm"
                variant="light"
                color={membership.status === 'ACTIVE' ? 'teal' : 'gray'}
              >
                {t(`membershipStatus.${membership.status}`)}
              </Badge>
              {membership.decidedAt && isDecidedAgainst(membership.status) ? (
                <Text size="sm" c="dimmed">
                  {t('own.rejectedAt', { date: format.date(membership.decidedAt) })}
                </Text>
              ) : null}
            </Group>
            {/* The reject and remove dialogs promise the organization this reason. */}
            {membership.reason && isDecidedAgainst(membership.status) ? (
              <Fact label={t('own.reason')}>
                <Text span style={{ whiteSpace: 'pre-line' }}>
                  {membership.reason}
                </Text>
              </Fact>
            ) : null}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
