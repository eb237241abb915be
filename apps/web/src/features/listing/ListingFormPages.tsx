import type { ComponentType } from 'react';
import {
  NewListingPage,
  useCreateListing,
  type ListingTarget,
} from '../../app/forms/listing-form-page';
import { PostingOrganization, usePostingOrganization } from '../organization/PostingOrganization';
import type { ListingSubmit } from './use-listing-form';

/** What a new listing's form is given: a draft of the organization chosen to post it. */
interface NewListingFormProps<V> {
  status: 'DRAFT';
  organizationId: string;
  canPublish: boolean;
  onSubmit: ListingSubmit<V>;
}

interface NewListingFormPageProps<V> {
  /** Where the kind's listings are shown and how one is published. */
  target: ListingTarget;
  /** The organization's field listing the kind (technologyNeeds, capabilities). */
  listField: string;
  /** Creates the listing and gives its id. */
  create: (organizationId: string, values: V) => Promise<string | undefined>;
  form: ComponentType<NewListingFormProps<V>>;
}

/**
 * A new listing of either kind: the posting organization (chosen among the viewer's), then
 * the kind's form, saved as a draft (or published at once by an ORG_ADMIN) and then shown.
 */
export function NewListingFormPage<V>({
  target,
  listField,
  create,
  form: Form,
}: NewListingFormPageProps<V>) {
  const posting = usePostingOrganization();
  const owner = posting.chosen;
  const save = useCreateListing<V>({
    ...target,
    organizationId: owner?.organization.id,
    // The organization's list starts again from its first page when next shown.
    listField,
    create,
  });
  return (
    <NewListingPage
      namespace={target.namespace}
      posting={<PostingOrganization posting={posting} />}
    >
      {owner ? (
        <Form
          key={owner.organization.id}
          status="DRAFT"
          organizationId={owner.organization.id}
          canPublish={owner.role === 'ORG_ADMIN'}
          onSubmit={save}
        />
      ) : null}
    </NewListingPage>
  );
}

/** What an edited listing's form reads of it alike, whatever its kind. */
export function editedListingFormProps<S extends string>(listing: {
  status: S;
  organization: { id: string };
  invitedOrganizations: readonly { id: string; name: string }[];
  viewerCanPublish: boolean;
  viewerCanChangeAudience: boolean;
}) {
  return {
    status: listing.status,
    organizationId: listing.organization.id,
    invited: listing.invitedOrganizations,
    canPublish: listing.viewerCanPublish,
    canChangeAudience: listing.viewerCanChangeAudience,
  };
}
