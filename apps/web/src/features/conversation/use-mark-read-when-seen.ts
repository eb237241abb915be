import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type RefObject } from 'react';
import { MarkConversationReadDocument, UnreadMessageCountDocument } from '../../generated/graphql';

/** Whether the element is on screen in a visible tab (always true where nothing can tell). */
function useSeen(ref: RefObject<HTMLElement | null>, key: string | undefined): boolean {
  const [onScreen, setOnScreen] = useState(typeof IntersectionObserver === 'undefined');
  const [visible, setVisible] = useState(
    typeof document === 'undefined' || document.visibilityState !== 'hidden',
  );
  useEffect(() => {
    const changed = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', changed);
    return () => document.removeEventListener('visibilitychange', changed);
  }, []);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) =>
      setOnScreen(entries.some((entry) => entry.isIntersecting)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, key]);
  return onScreen && visible;
}

/**
 * Marks the conversation read up to its newest message once that message has been on
 * screen in a visible tab: a message merely loaded in a background tab stays unread.
 */
export function useMarkReadWhenSeen(
  conversationId: string | undefined,
  newest: { id: string; unread: boolean } | undefined,
  unreadCount: number,
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
): void {
  const seen = useSeen(ref, newest?.id);
  const [markRead] = useMutation(MarkConversationReadDocument, {
    refetchQueries: [UnreadMessageCountDocument],
  });
  const [marked, setMarked] = useState<string | null>(null);
  useEffect(() => {
    if (
      !enabled ||
      !seen ||
      !conversationId ||
      !newest ||
      unreadCount === 0 ||
      marked === newest.id
    )
      return;
    setMarked(newest.id);
    void markRead({ variables: { conversationId, upToMessageId: newest.id } }).catch(() =>
      setMarked(null),
    );
  }, [enabled, seen, conversationId, newest, unreadCount, marked, markRead]);
}
