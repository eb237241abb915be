import { Anchor, Badge, Group, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClusterMembershipFieldsFragment } from '../../generated/graphql';

/** Where the viewer's own organizations stand with this cluster: member, or applied. */
export function OwnMemberships({
  memberships,
}: {
  memberships: ClusterMembershipFieldsFragment[];
}) {
  const { t } = useTranslation('cluster');
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
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
