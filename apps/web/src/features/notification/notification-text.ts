import type { TFunction } from 'i18next';

interface NotificationWords {
  type: string;
  params: readonly { name: string; value: string }[];
}

/**
 * What a notification says: the subject of its e-mail, from the same catalogs the API
 * mails with, so the inbox and the e-mail never word one event differently.
 */
export function notificationText(t: TFunction, notification: NotificationWords): string {
  const params: Record<string, string | number> = Object.fromEntries(
    notification.params.map((param) => [param.name, param.value]),
  );
  if (typeof params.count === 'string') params.count = Number(params.count);
  return t(`email:types.${notification.type}.subject`, params);
}
