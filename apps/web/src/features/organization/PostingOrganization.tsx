import { Alert, Anchor, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer, type ViewerData } from '../../app/viewer';

export type PostingMembership = ViewerData['memberships'][number];

/**
 * The organization a new need or capability is posted for: `?organization=` when the viewer
 * belongs to it, or the only one they belong to.
 */
export function usePostingOrganization() {
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const memberships = viewer?.memberships ?? [];
  const requested = params.get('organization');
  const chosen =
    memberships.find((membership) => membership.organization.id === requested) ??
    (memberships.length === 1 ? memberships[0] : undefined);
  return {
    memberships,
    chosen,
    choose: (id: string) => setParams({ organization: id }, { replace: true }),
  };
}

interface PostingOrganizationProps {
  posting: ReturnType<typeof usePostingOrganization>;
}

/** Which organization posts: named when there is one, chosen when there are several. */
export function PostingOrganization({ posting }: PostingOrganizationProps) {
  const { t } = useTranslation('organization');
  const { memberships, chosen, choose } = posting;
  if (memberships.length === 0)
    return (
      <Alert color="blue" title={t('posting.noneTitle')}>
        <Text size="sm">{t('posting.none')}</Text>
        <Anchor component={Link} to="/organizations/new" size="sm">
          {t('mine.create')}
        </Anchor>
      </Alert>
    );
  if (memberships.length === 1 && chosen)
    return <Text>{t('posting.for', { name: chosen.organization.name })}</Text>;
  return (
    <Select
      label={t('posting.label')}
      required
      maw={480}
      allowDeselect={false}
      data={memberships.map((membership) => ({
        value: membership.organization.id,
        label: membership.organization.name,
      }))}
      value={chosen?.organization.id ?? null}
      onChange={(value) => value && choose(value)}
    />
  );
}
