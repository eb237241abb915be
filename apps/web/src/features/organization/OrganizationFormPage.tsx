import { useMutation, useQuery } from '@apollo/client/react';
import type { OrganizationValues } from '@spillover/domain';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import {
  CreateOrganizationDocument,
  OrganizationDocument,
  UpdateOrganizationDocument,
  ViewerDocument,
} from '../../generated/graphql';
import { toFormValues } from './form-values';
import { OrganizationForm } from './OrganizationForm';

const toInput = (values: OrganizationValues) => ({
  name: values.name,
  kind: values.kind,
  size: values.size ?? null,
  country: values.country,
  region: values.region ?? null,
  sectors: values.sectors,
  technologyAreas: values.technologyAreas,
  description: values.description,
  website: values.website ?? null,
});

export function CreateOrganizationPage() {
  const { t } = useTranslation('organization');
  const navigate = useNavigate();
  const [create] = useMutation(CreateOrganizationDocument, { refetchQueries: [ViewerDocument] });
  return (
    <Page title={t('form.createTitle')}>
      <OrganizationForm
        submitLabel={t('form.create')}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: toInput(values) } });
          if (data) {
            notifications.show({
              color: 'teal',
              message: t('form.created', { name: data.createOrganization.name }),
            });
            await navigate(`/organizations/${data.createOrganization.id}`);
          }
        }}
      />
    </Page>
  );
}

export function EditOrganizationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('organization');
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(OrganizationDocument, { variables: { id } });
  const [update] = useMutation(UpdateOrganizationDocument, { refetchQueries: [ViewerDocument] });
  const organization = data?.organization;
  return (
    <Page
      title={
        organization ? t('form.editTitle', { name: organization.name }) : t('form.editTitleGeneric')
      }
    >
      <QueryState loading={loading} error={error}>
        {organization && organization.viewerRole !== 'ORG_ADMIN' ? (
          <ErrorAlert problems={[{ code: 'FORBIDDEN', message: '' }]} />
        ) : null}
        {organization && organization.viewerRole === 'ORG_ADMIN' ? (
          <OrganizationForm
            initialValues={toFormValues(organization)}
            submitLabel={t('form.save')}
            onSubmit={async (values) => {
              await update({ variables: { id, input: toInput(values) } });
              notifications.show({ color: 'teal', message: t('form.saved') });
              await navigate(`/organizations/${id}`);
            }}
          />
        ) : null}
      </QueryState>
    </Page>
  );
}
