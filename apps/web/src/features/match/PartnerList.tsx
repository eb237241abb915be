import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReference } from '../../app/reference/reference-options';
import { PartnersForNeedDocument, type PartnerMatchFieldsFragment } from '../../generated/graphql';
import { EmptyNeedMatches } from './EmptyNeedMatches';
import { MatchCard } from './MatchCard';
import { MatchListFrame, controlsOf } from './MatchListFrame';
import { useMatchLanguage } from './use-match-language';

/** What a partner is and which of its capabilities fit: a line under its name. */
function PartnerFacts({ partner }: { partner: PartnerMatchFieldsFragment }) {
  const { t } = useTranslation('match');
  const reference = useReference();
  const { organization, capabilities } = partner;
  return (
    <>
      {t(`organization:kinds.${organization.kind}`)} ·{' '}
      {reference.countryLabel(organization.country)}
      {capabilities.length > 0 ? (
        <>
          {' · '}
          {t('card.partnerCapabilities')}{' '}
          {capabilities.map((capability, index) => (
            <Fragment key={capability.id}>
              {index > 0 ? ', ' : null}
              <Anchor
                component={Link}
                to={`/capabilities/${capability.id}`}
                size="sm"
                underline="always"
              >
                {capability.title}
              </Anchor>
            </Fragment>
          ))}
        </>
      ) : null}
    </>
  );
}

/**
 * Organizations that could meet a need, ranked by their fitting capabilities, their
 * profile and their track record.
 */
export function PartnerList({ needId, canEdit = false }: { needId: string; canEdit?: boolean }) {
  const { t } = useTranslation('match');
  const language = useMatchLanguage();
  const result = useQuery(PartnersForNeedDocument, { variables: { needId, language } });

  return (
    <MatchListFrame
      connection={result.data?.partnersForNeed}
      loading={result.loading}
      error={result.error}
      query={controlsOf(result)}
      listing={{ needId }}
      label={t('sections.partners')}
      empty={
        <EmptyNeedMatches message={t('list.emptyPartners')} needId={needId} canEdit={canEdit} />
      }
      keyOf={(node) => node.organization.id}
      pairOf={() => null}
      titleOf={(node) => node.organization.name}
      renderCard={(node, context) => (
        <MatchCard
          title={node.organization.name}
          href={`/organizations/${node.organization.id}`}
          meta={<PartnerFacts partner={node} />}
          score={node.score}
          learned={node.learned}
          reasons={node.reasons}
          components={node.components}
          focusTitle={context.focusTitle}
        />
      )}
    />
  );
}
