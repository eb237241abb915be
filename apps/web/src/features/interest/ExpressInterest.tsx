import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import {
  assertMayAnswer,
  type AnsweredListing,
  type InterestMessage,
  type OrganizationKind,
} from '@spillover/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpressInterestDocument, type MatchReasonFieldsFragment } from '../../generated/graphql';
import { useViewer } from '../../app/viewer';
import { useMatchLanguage } from '../match/use-match-language';
import { ExpressInterestForm, type SenderChoice } from './ExpressInterestForm';

export interface ExpressInterestProps {
  listing: AnsweredListing & { id: string; title: string };
  /** Sent from a match card: the pair and the reasons it showed. */
  match?: { needId: string; capabilityId: string; reasons: readonly MatchReasonFieldsFragment[] };
  /** Organizations that already hold an interest in this listing (no second one). */
  exceptOrganizationIds?: readonly string[];
  /** Answer for this organization only (a match card is one organization's list). */
  senderOrganizationId?: string;
  onSent?: () => void;
}

/**
 * The viewer's organizations that may answer this listing, by the domain's own rule (not
 * its own listing, a capability by firms only, a need only while open): none, no button.
 */
export function useSenders(
  listing: AnsweredListing,
  except: readonly string[] = [],
): SenderChoice[] {
  const { viewer } = useViewer();
  return useMemo(() => {
    const now = new Date();
    return (viewer?.memberships ?? [])
      .map((membership) => membership.organization)
      .filter((organization) => !except.includes(organization.id))
      .filter((organization) => {
        try {
          assertMayAnswer(
            listing,
            { id: organization.id, kind: organization.kind as OrganizationKind },
            now,
          );
          return true;
        } catch {
          return false;
        }
      })
      .map((organization) => ({ id: organization.id, name: organization.name }));
  }, [viewer, listing, except]);
}

/** "Express interest": a button that opens the form in place (keyboard: Tab, Enter). */
export function ExpressInterest({
  listing,
  match,
  exceptOrganizationIds = [],
  senderOrganizationId,
  onSent,
}: ExpressInterestProps) {
  const { t } = useTranslation('interest');
  const language = useMatchLanguage();
  const senders = useSenders(listing, exceptOrganizationIds).filter(
    (sender) => !senderOrganizationId || sender.id === senderOrganizationId,
  );
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const [senderId, setSenderId] = useState<string | null>(null);
  const [express] = useMutation(ExpressInterestDocument);
  const chosen = senderId ?? senders[0]?.id ?? null;
  if (sent)
    return (
      <Alert color="teal" role="status">
        {t('express.sent')}
      </Alert>
    );
  if (!chosen) return null;
  // A match card links the sender's own capability of the pair at first.
  const initial = match && listing.kind === 'NEED' ? [match.capabilityId] : [];

  const submit = async (values: InterestMessage) => {
    await express({
      variables: {
        language,
        input: {
          organizationId: chosen,
          ...(listing.kind === 'NEED' ? { needId: listing.id } : { capabilityId: listing.id }),
          message: values.message,
          proposedApproach: values.proposedApproach,
          capabilityIds: values.capabilityIds ?? [],
          match: match ? { needId: match.needId, capabilityId: match.capabilityId } : null,
        },
      },
    });
    setOpen(false);
    setSent(true);
    onSent?.();
  };

  return (
    <Stack gap="xs">
      <Button
        size="compact-sm"
        variant={open ? 'default' : 'filled'}
        aria-label={t('express.openOf', { title: listing.title })}
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('express.open')}
      </Button>
      {open ? (
        <ExpressInterestForm
          title={listing.title}
          senders={senders}
          senderId={chosen}
          onSenderChange={setSenderId}
          initialCapabilityIds={initial}
          reasons={match?.reasons ?? []}
          onSubmit={submit}
          onCancel={() => setOpen(false)}
        />
      ) : null}
    </Stack>
  );
}
