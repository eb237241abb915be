import type { DomainError } from '../errors/domain-error';
import {
  NOTIFICATION_TYPE_NAMES,
  NOTIFICATION_TYPES,
  effectiveDelivery,
  parseNotificationPreference,
  parseStrongMatchThreshold,
  storedInInbox,
} from './notification-types';

describe('notification types', () => {
  it('labels every type in English and Korean', () => {
    for (const type of NOTIFICATION_TYPE_NAMES) {
      expect(NOTIFICATION_TYPES[type].label.en.length).toBeGreaterThan(0);
      expect(NOTIFICATION_TYPES[type].label.ko.length).toBeGreaterThan(0);
    }
  });

  it("uses the user's choice, else the type's default", () => {
    expect(effectiveDelivery('need.deadlineSoon', null)).toBe('DAILY_DIGEST');
    expect(effectiveDelivery('need.deadlineSoon', 'OFF')).toBe('OFF');
    expect(storedInInbox('OFF')).toBe(false);
    expect(storedInInbox('DAILY_DIGEST')).toBe(true);
  });

  it('refuses unknown types and deliveries by field', () => {
    expect(() => parseNotificationPreference({ type: 'nope', delivery: 'OFF' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'type' }) as DomainError,
    );
    expect(() =>
      parseNotificationPreference({ type: 'match.strong', delivery: 'SOMETIMES' }),
    ).toThrow(expect.objectContaining({ field: 'delivery' }) as DomainError);
    expect(parseNotificationPreference({ type: 'match.strong', delivery: 'OFF' })).toEqual({
      type: 'match.strong',
      delivery: 'OFF',
    });
  });

  it('keeps the strong-match threshold a whole percentage in range', () => {
    expect(parseStrongMatchThreshold(75)).toBe(75);
    for (const bad of [49, 101, 80.5])
      expect(() => parseStrongMatchThreshold(bad)).toThrow(
        expect.objectContaining({ field: 'percent' }) as DomainError,
      );
  });
});
