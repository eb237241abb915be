import { Anchor, Text } from '@mantine/core';
import { messageSegments } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

/**
 * A message as plain text with its links as anchors. The segments come from the domain
 * rule; each is a React text node or an anchor whose href the rule built (http/https
 * only), so nothing in a message ever becomes markup. External links open in a new tab
 * without handing it our window (noopener), our address (noreferrer) or our ranking
 * (nofollow).
 */
export function MessageBody({ body }: { body: string }) {
  const { t } = useTranslation('conversation');
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {messageSegments(body).map((segment, index) =>
        segment.kind === 'link' ? (
          <Anchor
            key={index}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            title={t('thread.linkTitle', { href: segment.href })}
          >
            {segment.text}
          </Anchor>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </Text>
  );
}
