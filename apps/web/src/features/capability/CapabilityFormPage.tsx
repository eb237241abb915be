import { useMutation, useQuery } from '@apollo/client/react';
import type { CapabilityDraftValues } from '@spillover/domain';
import { useParams } from 'react-router';
import {
  EditListingPage,
  useUpdateListing,
  type ListingTarget,
} from '../../app/forms/listing-form-page';
import {
  CapabilityDocument,
  CreateCapabilityDocument,
  PublishCapabilityDocument,
  UpdateCapabilityDocument,
} from '../../generated/graphql';
import { editedListingFormProps, NewListingFormPage } from '../listing/ListingFormPages';
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
  const [create] = useMutation(CreateCapabilityDocument);
  return (
    <NewListingFormPage<CapabilityDraftValues>
      target={useCapabilityTarget()}
      listField="capabilities"
      create={async (organizationId, values) => {
        const { data } = await create({
          variables: { organizationId, input: toCapabilityInput(values) },
        });
        return data?.createCapability.id;
      }}
      form={CapabilityForm}
    />
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
          {...editedListingFormProps(editable)}
          initialValues={capabilityValues(editable)}
          onSubmit={save}
        />
      )}
    </EditListingPage>
  );
}
