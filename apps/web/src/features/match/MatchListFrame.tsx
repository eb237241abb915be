import { useMutation } from '@apollo/client/react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { PageLoader } from '../../app/layout/PageLoader';
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { LoadMore } from '../../app/lists/LoadMore';
import { useLoadMore } from '../../app/lists/use-load-more';
import { useRowAction } from '../../app/lists/use-row-action';
import { ClearMatchFeedbackDocument, type MatchPairInput } from '../../generated/graphql';
import { pairKey } from './match-pair';
import { useLiveRefresh, type RefreshedListing } from './use-live-refresh';

/** What every match connection has: a page of ranked nodes and the refresh's state. */
export interface MatchConnectionLike<N> {
  refreshedAt: string | null;
  refreshPending: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ cursor: string; node: N }>;
}

/** The parts of a useQuery result the frame drives. */
export interface MatchQueryControls {
  startPolling: (interval: number) => void;
  stopPolling: () => void;
  fetchAfter: (cursor: string) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/** What a list query's result offers the frame: polling, the next page, a fresh first page. */
export function controlsOf(result: {
  startPolling: (interval: number) => void;
  stopPolling: () => void;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}): MatchQueryControls {
  return {
    startPolling: result.startPolling,
    stopPolling: result.stopPolling,
    fetchAfter: (after) => result.fetchMore({ variables: { after } }),
    refetch: () => result.refetch(),
  };
}

/** What a card needs from the frame. */
export interface CardContext {
  /** Call after the dismissal was saved: the card is hidden and "Undo" offered. */
  onDismissed: () => void;
  /** The card came back through "Undo": its title takes the focus. */
  focusTitle: boolean;
}

interface MatchListFrameProps<N> {
  connection: MatchConnectionLike<N> | undefined;
  /** The first page is on its way. */
  loading: boolean;
  error?: unknown;
  query: MatchQueryControls;
  /** The listing whose refresh updates the list live; none for lists put together on read. */
  listing?: RefreshedListing;
  /** The list's accessible name. */
  label: string;
  /** Said when there is nothing to show: a sentence, or a block of its own. */
  empty: ReactNode;
  /** A stable key of a node (its listing's id). */
  keyOf: (node: N) => string;
  /** The pair the viewer may dismiss, or null when the viewer may not act on the list. */
  pairOf: (node: N) => MatchPairInput | null;
  titleOf: (node: N) => string;
  renderCard: (node: N, context: CardContext) => ReactNode;
}

interface Dismissed {
  key: string;
  pair: MatchPairInput;
  title: string;
}

/**
 * A ranked list of matches: a quiet notice while the background refresh works on it (read
 * again when it is done), the cards, "Undo" for the matches just dismissed, and the next
 * page on demand.
 */
export function MatchListFrame<N>({
  connection,
  loading,
  error,
  query,
  listing,
  label,
  empty,
  keyOf,
  pairOf,
  titleOf,
  renderCard,
}: MatchListFrameProps<N>) {
  const { t } = useTranslation('match');
  const updating = useLiveRefresh(query, connection, listing);
  const next = useLoadMore(connection?.pageInfo, query.fetchAfter);
  const [clear] = useMutation(ClearMatchFeedbackDocument);
  const undoAction = useRowAction();
  const [dismissed, setDismissed] = useState<Dismissed[]>([]);
  const [restored, setRestored] = useState<string | null>(null);
  const [justDismissed, setJustDismissed] = useState<string | null>(null);

  const hidden = new Set(dismissed.map((item) => item.key));
  const pairKeyOf = (node: N) => {
    const pair = pairOf(node);
    return pair ? pairKey(pair) : null;
  };
  const edges = (connection?.edges ?? []).filter((edge) => {
    const key = pairKeyOf(edge.node);
    return !key || !hidden.has(key);
  });

  const dismiss = (node: N) => {
    const pair = pairOf(node);
    if (!pair) return;
    const key = pairKey(pair);
    setDismissed((items) => [...items, { key, pair, title: titleOf(node) }]);
    setJustDismissed(key);
    setRestored(null);
  };

  const undo = (item: Dismissed) =>
    undoAction.run(async () => {
      await clear({ variables: { input: item.pair } });
      const stillListed = connection?.edges.some((edge) => pairKeyOf(edge.node) === item.key);
      setDismissed((items) => items.filter((other) => other.key !== item.key));
      setJustDismissed(null);
      setRestored(item.key);
      // A refresh may have dropped it from the list meanwhile: ask for the list again.
      if (!stillListed) await query.refetch();
    }, item.key);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {updating ? (
          <Group component="span" gap={6}>
            <Loader size={12} aria-hidden="true" />
            {t('list.updating')}
          </Group>
        ) : null}
      </Text>
      <ErrorAlert error={error} />
      <ErrorAlert error={undoAction.error} />
      <Stack gap={6} role="status" aria-live="polite">
        {dismissed.map((item) => (
          <DismissedNotice
            key={item.key}
            title={item.title}
            focus={item.key === justDismissed}
            busy={undoAction.busyId === item.key}
            onUndo={() => void undo(item)}
          />
        ))}
      </Stack>
      {loading && !connection ? (
        <PageLoader compact />
      ) : connection && edges.length === 0 && !connection.pageInfo.hasNextPage ? (
        updating ? null : typeof empty === 'string' ? (
          <Text c="dimmed">{empty}</Text>
        ) : (
          empty
        )
      ) : connection ? (
        <>
          <Stack
            component="ul"
            gap="sm"
            aria-label={label}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {edges.map(({ node }) => (
              <Fragment key={keyOf(node)}>
                {renderCard(node, {
                  onDismissed: () => dismiss(node),
                  focusTitle: restored !== null && pairKeyOf(node) === restored,
                })}
              </Fragment>
            ))}
          </Stack>
          <LoadMore next={next} />
        </>
      ) : null}
    </Stack>
  );
}

function DismissedNotice({
  title,
  focus,
  busy,
  onUndo,
}: {
  title: string;
  focus: boolean;
  busy: boolean;
  onUndo: () => void;
}) {
  const { t } = useTranslation('match');
  const undoRef = useRef<HTMLButtonElement>(null);
  // The card the focus was in is gone: the focus goes to the way back.
  useEffect(() => {
    if (focus) undoRef.current?.focus();
  }, [focus]);
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{t('actions.dismissed', { title })}</Text>
      <Button
        ref={undoRef}
        size="compact-sm"
        variant="default"
        loading={busy}
        aria-label={t('actions.undoOf', { title })}
        onClick={onUndo}
      >
        {t('actions.undo')}
      </Button>
    </Group>
  );
}
