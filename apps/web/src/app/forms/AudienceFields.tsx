import { MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { VISIBILITIES, type Visibility } from '@spillover/domain';
import { useEffect, useMemo, useState } from 'react';
import {
  useController,
  useWatch,
  type FieldPathByValue,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OrganizationChoicesDocument } from '../../generated/graphql';
import { Fact } from '../layout/Fact';

/** Who may see a need or a capability. */
interface Audience {
  visibility?: Visibility | null | undefined;
  invitedOrganizationIds?: string[] | null | undefined;
}

interface OrganizationRef {
  id: string;
  name: string;
}

interface AudienceFieldsProps<T extends FieldValues & Audience, TValues> {
  form: UseFormReturn<T, unknown, TValues>;
  fieldError: (name: Path<T>) => string | undefined;
  /** The owner, never offered as an invitee. */
  ownerId: string | null | undefined;
  /** Organizations invited already (when editing), so that their names show. */
  invited?: readonly OrganizationRef[];
  /**
   * Whether the viewer may change the audience (the API's `viewerCanChangeAudience`): once
   * a listing is published, only an ORG_ADMIN of the owner may. Others see it, not edit it.
   */
  editable?: boolean;
}

const SEARCH_MIN = 2;

/** Invited organizations, chosen by searching the organization directory. */
function InvitedOrganizationsField<T extends FieldValues & Audience, TValues>({
  form,
  name,
  ownerId,
  invited,
  error,
}: {
  form: UseFormReturn<T, unknown, TValues>;
  name: FieldPathByValue<T, string[] | null | undefined>;
  ownerId: string | null | undefined;
  invited: readonly OrganizationRef[];
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { field } = useController({ control: form.control, name });
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  // Names of everything chosen so far, so that a chosen pill keeps its name after a new search.
  const [names, setNames] = useState<Map<string, string>>(
    () => new Map(invited.map((organization) => [organization.id, organization.name])),
  );
  const { data, loading } = useQuery(OrganizationChoicesDocument, {
    variables: { query },
    skip: query.length < SEARCH_MIN,
  });
  const found = useMemo(
    () =>
      (query.length < SEARCH_MIN ? [] : (data?.organizations.edges ?? []))
        .map(({ node }) => node)
        .filter((organization) => organization.id !== ownerId),
    [data, query, ownerId],
  );
  const chosen = (field.value as string[] | null | undefined) ?? [];
  const options = [
    ...chosen.map((id) => ({ value: id, label: names.get(id) ?? id })),
    ...found
      .filter((organization) => !chosen.includes(organization.id))
      .map((organization) => ({ value: organization.id, label: organization.name })),
  ];

  return (
    <MultiSelect
      label={t('common:audience.invited')}
      description={t('common:audience.invitedHint')}
      required
      searchable
      hidePickedOptions
      data={options}
      value={chosen}
      searchValue={search}
      onSearchChange={setSearch}
      // The directory has searched already (names, descriptions, Korean and typos alike).
      filter={({ options: all }) => all}
      nothingFoundMessage={
        query.length < SEARCH_MIN
          ? t('common:audience.typeToSearch', { count: SEARCH_MIN })
          : loading
            ? t('common:loading')
            : t('common:reference.nothingFound')
      }
      onChange={(ids) => {
        setNames((current) => {
          const next = new Map(current);
          for (const organization of found) next.set(organization.id, organization.name);
          return next;
        });
        field.onChange(ids);
      }}
      onBlur={field.onBlur}
      name={field.name}
      error={error}
    />
  );
}

/** The audience as it stands, for a viewer who may not change it, and who may. */
function FixedAudience({
  visibility,
  invited,
}: {
  visibility: Visibility | null | undefined;
  invited: readonly OrganizationRef[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Fact label={t('common:audience.visibility')}>
        {visibility ? t(`common:visibility.${visibility}`) : null}
      </Fact>
      {visibility === 'PRIVATE' ? (
        <Fact label={t('common:audience.invited')}>
          {invited.map((organization) => organization.name).join(', ')}
        </Fact>
      ) : null}
      <Text size="sm" c="dimmed">
        {t('common:audience.adminDecides')}
      </Text>
    </Stack>
  );
}

/**
 * Visibility (PUBLIC, CLUSTER, PRIVATE) and, for PRIVATE, the invited organizations. The
 * invitations are dropped when the item stops being PRIVATE: the domain refuses them on
 * anything else, so that switching back never re-admits organizations silently.
 */
export function AudienceFields<T extends FieldValues & Audience, TValues>({
  form,
  fieldError,
  ownerId,
  invited = [],
  editable = true,
}: AudienceFieldsProps<T, TValues>) {
  const { t } = useTranslation();
  // T has these fields (see Audience); TypeScript cannot see it through the paths of a generic T.
  const visibilityName = 'visibility' as FieldPathByValue<T, Visibility | null | undefined>;
  const invitedName = 'invitedOrganizationIds' as FieldPathByValue<T, string[] | null | undefined>;
  const visibility = useWatch({ control: form.control, name: visibilityName }) as
    Visibility | null | undefined;
  const { field } = useController({ control: form.control, name: visibilityName });

  useEffect(() => {
    const ids = form.getValues(invitedName) as string[] | null | undefined;
    if (visibility !== 'PRIVATE' && ids && ids.length > 0)
      form.setValue(invitedName, [] as PathValue<T, typeof invitedName>, { shouldDirty: true });
  }, [visibility, form, invitedName]);

  if (!editable) return <FixedAudience visibility={visibility} invited={invited} />;

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('common:audience.visibility')}
        required
        value={(field.value as string | null | undefined) ?? ''}
        onChange={(value) => field.onChange(value as Visibility)}
        name={field.name}
        error={fieldError(visibilityName)}
      >
        <Stack gap="xs" mt="xs">
          {VISIBILITIES.map((value) => (
            <Radio
              key={value}
              value={value}
              label={t(`common:visibility.${value}`)}
              description={t(`common:visibilityHint.${value}`)}
              onBlur={field.onBlur}
            />
          ))}
        </Stack>
      </Radio.Group>
      {visibility === 'PRIVATE' ? (
        <InvitedOrganizationsField
          form={form}
          name={invitedName}
          ownerId={ownerId}
          invited={invited}
          error={fieldError(invitedName)}
        />
      ) : null}
    </Stack>
  );
}
