import { Anchor, Badge, Button, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { VisibilityBadge } from '../../app/layout/VisibilityBadge';
import type { Visibility } from '../../generated/graphql';

/** What the shell reads of a listing of either kind. */
export interface ListingShellData {
  id: string;
  title: string;
  visibility: Visibility;
  viewerCanEdit: boolean;
  organization: { id: string; name: string };
  invitedOrganizations: ReadonlyArray<{ id: string; name: string }>;
}

/** What each kind puts into the shell, in its own words (its i18n namespace). */
export interface ListingParts {
  /** The badge before the status: the kind ("Technology need", "Equipment"). */
  kindLabel: string;
  statusBadge: ReactNode;
  /** "Posted by", "Offered by". */
  postedByLabel: string;
  /** Where the owner edits it, or null when it may not be edited (any more). */
  editPath: string | null;
  editLabel: string;
  /** The owner's next steps (publish, close, archive…). */
  ownerActions: ReactNode;
  facts: ReactNode;
  /** Heading of the invited organizations of a PRIVATE listing (shown to its editors). */
  invitedHeading: string;
  /** Said when none is invited; nothing when left out. */
  noInvitedLabel?: string;
  /** What a visitor may do about it (e.g. express interest), under the facts. */
  answer?: ReactNode;
  /** The sections after the first divider (confidential details, matches, NDA…). */
  sections: ReactNode;
}

/** The organizations a PRIVATE listing was shown to; for the owner's members. */
function InvitedOrganizations({
  listing,
  heading,
  emptyLabel,
}: {
  listing: ListingShellData;
  heading: string;
  emptyLabel: string | undefined;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="invited-heading">
      <Title order={2} size="h3" id="invited-heading">
        {heading}
      </Title>
      {listing.invitedOrganizations.length === 0 && emptyLabel ? (
        <Text c="dimmed">{emptyLabel}</Text>
      ) : (
        <List>
          {listing.invitedOrganizations.map((organization) => (
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

interface ListingPageProps<L extends ListingShellData> {
  listing: L | null | undefined;
  loading: boolean;
  error: unknown;
  /** The page's title until the listing is loaded. */
  genericTitle: string;
  parts: (listing: L) => ListingParts;
}

/**
 * The page of one listing, need or capability: its title, kind, status, visibility and posting
 * organization, the owner's actions, the facts, a slot for answering it, then the kind's sections.
 */
export function ListingPage<L extends ListingShellData>({
  listing,
  loading,
  error,
  genericTitle,
  parts,
}: ListingPageProps<L>) {
  const shown = listing ? parts(listing) : null;
  return (
    <Page
      title={listing?.title ?? genericTitle}
      actions={
        listing?.viewerCanEdit && shown?.editPath ? (
          <Button component={Link} to={shown.editPath} variant="default">
            {shown.editLabel}
          </Button>
        ) : null
      }
    >
      <QueryState loading={loading} error={error}>
        {listing && shown ? (
          <Stack gap="lg">
            <Group gap="xs">
              <Badge variant="light" color="blue">
                {shown.kindLabel}
              </Badge>
              {shown.statusBadge}
              <VisibilityBadge visibility={listing.visibility} />
              <Text size="sm">
                {shown.postedByLabel}{' '}
                <Anchor component={Link} to={`/organizations/${listing.organization.id}`}>
                  {listing.organization.name}
                </Anchor>
              </Text>
            </Group>
            {shown.ownerActions}
            {shown.facts}
            {shown.answer ?? null}
            {listing.viewerCanEdit && listing.visibility === 'PRIVATE' ? (
              <InvitedOrganizations
                listing={listing}
                heading={shown.invitedHeading}
                emptyLabel={shown.noInvitedLabel}
              />
            ) : null}
            <Divider />
            {shown.sections}
          </Stack>
        ) : null}
      </QueryState>
    </Page>
  );
}
