import { useMutation, useQuery } from '@apollo/client/react';
import type { CapabilityDraftValues } from '@spillover/domain';
import { useParams } from 'react-router';
import {
  EditListingPage,
  NewListingPage,
  useCreateListing,
  useUpdateListing,
  type ListingTarget,
} from '../../app/forms/listing-form-page';
import {
  CapabilityDocument,
  CreateCapabilityDocument,
  PublishCapabilityDocument,
  UpdateCapabilityDocument,
} from '../../generated/graphql';
import { PostingOrganization, usePostingOrganization } from '../organization/PostingOrganization';
import { CapabilityForm } from './CapabilityForm';
import { capabilityValues, toCapabilityInput, toCapabilityPatch } from './capability-values';

/** Where capabilities are shown and how one is published. */
function useCapabilityTarget(): ListingTarget {
  const [publish] = useMutation(PublishCapabilityDocument);
  return {
    namespace: 'capability',
    path: (id) => `/capabilities/${id}`,
    publish: (id) => publish({ variables: { id } }),
  };
}

export function NewCapabilityPage() {
  const posting = usePostingOrganization();
  const [create] = useMutation(CreateCapabilityDocument);
  const owner = posting.chosen;
  const save = useCreateListing<CapabilityDraftValues>({
    ...useCapabilityTarget(),
    organizationId: owner?.organization.id,
    listField: 'capabilities',
    create: async (organizationId, values) => {
      const { data } = await create({
        variables: { organizationId, input: toCapabilityInput(values) },
      });
      return data?.createCapability.id;
    },
  });

  return (
    <NewListingPage namespace="capability" posting={<PostingOrganization posting={posting} />}>
      {owner ? (
        <CapabilityForm
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

export function EditCapabilityPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(CapabilityDocument, { variables: { id } });
  const [update] = useMutation(UpdateCapabilityDocument);
  const capability = data?.capability;
  const save = useUpdateListing({
    ...useCapabilityTarget(),
    id,
    status: capability?.status,
    toPatch: (values: CapabilityDraftValues, changed) => toCapabilityPatch(values, changed),
    update: (patch) => update({ variables: { id, input: patch } }),
  });

  return (
    <EditListingPage namespace="capability" loading={loading} error={error} listing={capability}>
      {(editable) => (
        <CapabilityForm
          initialValues={capabilityValues(editable)}
          status={editable.status}
          organizationId={editable.organization.id}
          invited={editable.invitedOrganizations}
          canPublish={editable.viewerCanPublish}
          canChangeAudience={editable.viewerCanChangeAudience}
          onSubmit={save}
        />
      )}
    </EditListingPage>
  );
}
