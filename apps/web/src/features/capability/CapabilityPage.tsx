import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import { CapabilityDocument } from '../../generated/graphql';
import { ListingInterests } from '../interest/ListingInterests';
import { CapabilityMatchesSection } from '../match/CapabilityMatchesSection';
import { CapabilityFacts } from './CapabilityFacts';
import { CapabilityOwnerActions } from './CapabilityOwnerActions';
import { CapabilityStatusBadge } from './CapabilityStatusBadge';

/** A capability (보유역량): what it offers, and for the owner's members what to do next. */
export function CapabilityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('capability');
  const { data, loading, error } = useQuery(CapabilityDocument, { variables: { id } });
  const capability = data?.capability;

  return (
    <Page
      title={capability?.title ?? t('page.titleGeneric')}
      actions={
        capability?.viewerCanEdit ? (
          <Button component={Link} to={`/capabilities/${id}/edit`} variant="default">
            {t('page.edit')}
          </Button>
        ) : null
      }
    >
      <QueryState loading={loading} error={error}>
        {capability ? (
          <Stack gap="lg">
            <Group gap="xs">
              <Badge variant="light" color="blue">
                {t(`kinds.${capability.kind}`)}
              </Badge>
              <CapabilityStatusBadge status={capability.status} />
              <VisibilityBadge visibility={capability.visibility} />
              <Text size="sm">
                {t('page.offeredBy')}{' '}
                <Anchor component={Link} to={`/organizations/${capability.organization.id}`}>
                  {capability.organization.name}
                </Anchor>
              </Text>
            </Group>
            <CapabilityOwnerActions capability={capability} />
            <CapabilityFacts capability={capability} />
            {capability.viewerCanEdit && capability.visibility === 'PRIVATE' ? (
              <Stack gap="xs" component="section" aria-labelledby="invited-heading">
                <Title order={2} size="h3" id="invited-heading">
                  {t('fields.invitedOrganizationIds')}
                </Title>
                <List>
                  {capability.invitedOrganizations.map((organization) => (
                    <List.Item key={organization.id}>
                      <Anchor component={Link} to={`/organizations/${organization.id}`}>
                        {organization.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ) : null}
            <Divider />
            <ListingInterests
              listing={{
                kind: 'CAPABILITY',
                id: capability.id,
                title: capability.title,
                organizationId: capability.organization.id,
                status: capability.status,
              }}
            />
            <Divider />
            <CapabilityMatchesSection capability={capability} />
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
