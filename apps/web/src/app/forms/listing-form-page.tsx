import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../errors/ErrorAlert';
import { problemsOf } from '../errors/api-error';
import { problemMessage } from '../errors/translate';
import { Page } from '../layout/Page';
import { QueryState } from '../layout/QueryState';
import type { SaveIntent } from './PublishFormActions';

/** A listing (a need, a capability): the feature whose words it uses, where it is shown, how it is published. */
export interface ListingTarget {
  /** The i18n namespace with `form.*` keys (`savedDraft`, `published`, `saved`, …). */
  namespace: string;
  /** Where a listing is shown once saved, e.g. `/needs/<id>`. */
  path: (id: string) => string;
  publish: (id: string) => Promise<unknown>;
}

/** Publishes a saved listing; a refusal is told, and it stays a draft on its page. */
function usePublishAfterSave({ namespace, publish }: ListingTarget) {
  const { t } = useTranslation(namespace);
  return async (id: string, intent: SaveIntent) => {
    if (intent !== 'publish') {
      notifications.show({ color: 'teal', message: t('form.savedDraft') });
      return;
    }
    try {
      await publish(id);
      notifications.show({ color: 'teal', message: t('form.published') });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('form.savedNotPublished'),
        message: problemsOf(error)
          .map((problem) => problemMessage(t, problem))
          .join(' '),
      });
    }
  };
}

interface CreateListingOptions<V> extends ListingTarget {
  /** The organization it is posted for, when chosen. */
  organizationId: string | undefined;
  /** The organization's field listing these, started again from its first page when next shown. */
  listField: string;
  /** Creates the listing and gives its id. */
  create: (organizationId: string, values: V) => Promise<string | undefined>;
}

/** Saves a new listing as a draft, or saves and publishes it, then shows it. */
export function useCreateListing<V>({
  organizationId,
  listField,
  create,
  ...target
}: CreateListingOptions<V>) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const publishAfterSave = usePublishAfterSave(target);
  return async (values: V, intent: SaveIntent) => {
    if (!organizationId) return;
    const id = await create(organizationId, values);
    if (!id) return;
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Organization', id: organizationId }),
      fieldName: listField,
    });
    await publishAfterSave(id, intent);
    await navigate(target.path(id));
  };
}

interface UpdateListingOptions<V, P extends object> extends ListingTarget {
  id: string;
  /** The listing's status when loaded; only a draft is published on saving. */
  status: string | undefined;
  toPatch: (values: V, changed: Set<string>) => P;
  update: (patch: P) => Promise<unknown>;
}

/** Saves the changed fields of a listing (publishing a draft when asked), then shows it. */
export function useUpdateListing<V, P extends object>({
  id,
  status,
  toPatch,
  update,
  ...target
}: UpdateListingOptions<V, P>) {
  const { t } = useTranslation(target.namespace);
  const navigate = useNavigate();
  const publishAfterSave = usePublishAfterSave(target);
  return async (values: V, intent: SaveIntent, changed: Set<string>) => {
    const patch = toPatch(values, changed);
    if (Object.keys(patch).length > 0) await update(patch);
    if (status === 'DRAFT') await publishAfterSave(id, intent);
    else notifications.show({ color: 'teal', message: t('form.saved') });
    await navigate(target.path(id));
  };
}

interface NewListingPageProps {
  namespace: string;
  /** Which organization posts it. */
  posting: ReactNode;
  /** The form, once the organization is known. */
  children: ReactNode;
}

/** The page for a new listing: its title, the posting organization, and the form. */
export function NewListingPage({ namespace, posting, children }: NewListingPageProps) {
  const { t } = useTranslation(namespace);
  return (
    <Page title={t('form.newTitle')}>
      {posting}
      {children}
    </Page>
  );
}

interface EditListingPageProps<L extends { title: string; viewerCanEdit: boolean }> {
  namespace: string;
  loading: boolean;
  error?: unknown;
  listing: L | undefined;
  /** What an editor sees: the form, or why it cannot be edited. */
  children: (listing: L) => ReactNode;
}

/** The page for editing a listing: loading, a refusal for non-editors, then the form. */
export function EditListingPage<L extends { title: string; viewerCanEdit: boolean }>({
  namespace,
  loading,
  error,
  listing,
  children,
}: EditListingPageProps<L>) {
  const { t } = useTranslation(namespace);
  return (
    <Page
      title={listing ? t('form.editTitle', { title: listing.title }) : t('form.editTitleGeneric')}
    >
      <QueryState loading={loading} error={error}>
        {listing && !listing.viewerCanEdit ? (
          <ErrorAlert problems={[{ code: 'FORBIDDEN', message: '' }]} />
        ) : null}
        {listing?.viewerCanEdit ? children(listing) : null}
      </QueryState>
    </Page>
  );
}
