import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import { TechnologyNeedDocument, type NeedDetailFragment } from '../../generated/graphql';
import { ListingInterests } from '../interest/ListingInterests';
import { NeedMatchesSection } from '../match/NeedMatchesSection';
import { ConfidentialSection } from './ConfidentialSection';
import { NdaTermsPanel } from './NdaTermsPanel';
import { NeedFacts } from './NeedFacts';
import { NeedOwnerActions } from './NeedOwnerActions';
import { NeedStatusBadge } from './NeedStatusBadge';

/** The organizations a PRIVATE need was shown to; for the owner's members. */
function InvitedOrganizations({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  return (
    <Stack gap="xs" component="section" aria-labelledby="invited-heading">
      <Title order={2} size="h3" id="invited-heading">
        {t('fields.invitedOrganizationIds')}
      </Title>
      {need.invitedOrganizations.length === 0 ? (
        <Text c="dimmed">{t('page.noInvited')}</Text>
      ) : (
        <List>
          {need.invitedOrganizations.map((organization) => (
            <List.Item key={organization.id}>
              <Anchor component={Link} to={`/organizations/${organization.id}`}>
                {organization.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/**
 * A technology need (기술수요): the public part for everyone who may see it, the confidential
 * part behind the NDA, and for the owner's members the actions and the NDA record.
 */
export function NeedPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('need');
  const { data, loading, error } = useQuery(TechnologyNeedDocument, { variables: { id } });
  const need = data?.technologyNeed;

  return (
    <Page
      title={need?.title ?? t('page.titleGeneric')}
      actions={
        need?.viewerCanEdit && need.status !== 'CLOSED' ? (
          <Button component={Link} to={`/needs/${id}/edit`} variant="default">
            {t('page.edit')}
          </Button>
        ) : null
      }
    >
      <QueryState loading={loading} error={error}>
        {need ? (
          <Stack gap="lg">
            <Group gap="xs">
              <Badge variant="light" color="blue">
                {t('page.kind')}
              </Badge>
              <NeedStatusBadge status={need.status} closeReason={need.closeReason} />
              <VisibilityBadge visibility={need.visibility} />
              <Text size="sm">
                {t('page.postedBy')}{' '}
                <Anchor component={Link} to={`/organizations/${need.organization.id}`}>
                  {need.organization.name}
                </Anchor>
              </Text>
            </Group>
            <NeedOwnerActions need={need} />
            <NeedFacts need={need} />
            {need.viewerCanEdit && need.visibility === 'PRIVATE' ? (
              <InvitedOrganizations need={need} />
            ) : null}
            <Divider />
            <ConfidentialSection need={need} />
            <Divider />
            <ListingInterests
              listing={{
                kind: 'NEED',
                id: need.id,
                title: need.title,
                organizationId: need.organization.id,
                status: need.status,
                responseDeadline: need.responseDeadline,
              }}
            />
            <Divider />
            <NeedMatchesSection need={need} />
            {need.viewerCanEdit ? (
              <>
                <Divider />
                <NdaTermsPanel need={need} />
              </>
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
