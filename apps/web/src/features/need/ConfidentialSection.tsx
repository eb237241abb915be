import { useMutation } from '@apollo/client/react';
import { Anchor, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { useRowAction } from '../../app/lists/use-row-action';
import { useViewer } from '../../app/viewer';
import {
  AcceptNdaDocument,
  TechnologyNeedDocument,
  type NeedDetailFragment,
} from '../../generated/graphql';

/** The terms as they are agreed to: version and full text. */
export function NdaTermsText({ terms }: { terms: { text: string; version: string } }) {
  const { t } = useTranslation('need');
  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={600}>
        {t('nda.version', { version: terms.version })}
      </Text>
      <ScrollArea.Autosize mah={280} type="auto">
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
          {terms.text}
        </Text>
      </ScrollArea.Autosize>
    </Paper>
  );
}

/** The details themselves, for the owner and for organizations that accepted the NDA. */
function Details({ text }: { text: string | null }) {
  const { t } = useTranslation('need');
  return text ? (
    <Text style={{ whiteSpace: 'pre-line' }}>{text}</Text>
  ) : (
    <Text c="dimmed">{t('confidential.empty')}</Text>
  );
}

/** Accept the current terms for one of the organizations the viewer administers. */
function AcceptNda({ need, onAccepted }: { need: NeedDetailFragment; onAccepted: () => void }) {
  const { t } = useTranslation('need');
  const location = useLocation();
  const { viewer } = useViewer();
  const [accept] = useMutation(AcceptNdaDocument, {
    refetchQueries: [{ query: TechnologyNeedDocument, variables: { id: need.id } }],
    awaitRefetchQueries: true,
  });
  const { run, error } = useRowAction();
  const terms = need.ndaTerms;
  if (!terms) return null;

  if (!viewer)
    return (
      <Text size="sm">
        <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {t('confidential.signIn')}
        </Anchor>
      </Text>
    );
  const administered = viewer.memberships.filter(
    (membership) =>
      membership.role === 'ORG_ADMIN' && membership.organization.id !== need.organization.id,
  );
  if (administered.length === 0) return <Text size="sm">{t('confidential.askAdmin')}</Text>;

  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group>
        {administered.map(({ organization }) => (
          <ConfirmButton
            key={organization.id}
            size="sm"
            color="teal"
            variant="filled"
            label={t('confidential.acceptFor', { name: organization.name })}
            title={t('confidential.acceptTitle', { name: organization.name })}
            message={t('confidential.acceptMessage', {
              name: organization.name,
              version: terms.version,
            })}
            confirmLabel={t('confidential.acceptConfirm', { version: terms.version })}
            onConfirm={() =>
              run(async () => {
                await accept({
                  variables: {
                    input: {
                      needId: need.id,
                      organizationId: organization.id,
                      version: terms.version,
                    },
                  },
                });
                notifications.show({
                  color: 'teal',
                  message: t('confidential.accepted', { name: organization.name }),
                });
                onAccepted();
              })
            }
          >
            <NdaTermsText terms={terms} />
          </ConfirmButton>
        ))}
      </Group>
    </Stack>
  );
}

/**
 * The confidential part of a need: the details for the owner and for organizations that
 * accepted the current NDA version; otherwise the terms, and the way to accept them.
 */
export function ConfidentialSection({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  const access = need.viewerConfidentialAccess;
  const heading = useRef<HTMLHeadingElement>(null);
  // The accept button is gone once the details show: the reader continues at the heading.
  const focusHeading = () => setTimeout(() => heading.current?.focus(), 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="confidential-heading">
      <Title order={2} size="h3" id="confidential-heading" ref={heading} tabIndex={-1}>
        {t('confidential.title')}
      </Title>
      {access === 'OWNER' ? (
        <>
          <Text size="sm" c="dimmed">
            {need.ndaTerms
              ? t('confidential.ownerShared', { version: need.ndaTerms.version })
              : t('confidential.ownerNoNda')}
          </Text>
          <Details text={need.confidentialDetails} />
        </>
      ) : null}
      {access === 'ACCEPTED' ? (
        <>
          <Text size="sm" c="dimmed">
            {t('confidential.youAccepted', { version: need.ndaTerms?.version ?? '' })}
          </Text>
          <Details text={need.confidentialDetails} />
        </>
      ) : null}
      {access === 'NDA_REQUIRED' && need.ndaTerms ? (
        <>
          <Text>{t('confidential.gate', { version: need.ndaTerms.version })}</Text>
          <NdaTermsText terms={need.ndaTerms} />
          <AcceptNda need={need} onAccepted={focusHeading} />
        </>
      ) : null}
      {access === 'NO_NDA' ? <Text c="dimmed">{t('confidential.noNda')}</Text> : null}
    </Stack>
  );
}
