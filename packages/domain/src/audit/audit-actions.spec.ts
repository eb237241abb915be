import { parseInput } from '../validation/parse-input';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPE_LABELS,
  AUDIT_OBJECT_TYPES,
  auditActionLabel,
} from './audit-actions';
import { auditFilterSchema } from './audit-filter';

describe('audit actions', () => {
  it('labels every action in English and Korean, each differently', () => {
    for (const action of AUDIT_ACTIONS) {
      const label = AUDIT_ACTION_LABELS[action];
      expect([action, label.en.length > 0, label.ko.length > 0]).toEqual([action, true, true]);
      expect(label.ko).toMatch(/[가-힣]/);
    }
    expect(new Set(AUDIT_ACTIONS.map((action) => AUDIT_ACTION_LABELS[action].en)).size).toBe(
      AUDIT_ACTIONS.length,
    );
    for (const type of AUDIT_OBJECT_TYPES)
      expect(AUDIT_OBJECT_TYPE_LABELS[type].ko).toMatch(/[가-힣]/);
  });

  it('reads an unknown code as itself', () => {
    expect(auditActionLabel('need.published', 'ko')).toBe('기술수요 게시');
    expect(auditActionLabel('legacy.thing', 'en')).toBe('legacy.thing');
  });

  it('validates filters: known actions and kinds, and a period that ends after it starts', () => {
    const since = new Date('2026-12-01T00:00:00Z');
    expect(
      parseInput(auditFilterSchema, {
        actions: ['need.published'],
        objectType: 'TechnologyNeed',
        since,
      }),
    ).toMatchObject({ actions: ['need.published'] });
    expect(() => parseInput(auditFilterSchema, { actions: ['need.hacked'] })).toThrow(
      expect.objectContaining({ field: 'actions.0' }),
    );
    expect(() => parseInput(auditFilterSchema, { since, until: since })).toThrow(
      expect.objectContaining({ field: 'until' }),
    );
    expect(() => parseInput(auditFilterSchema, { until: new Date('x') })).toThrow(
      expect.objectContaining({ field: 'until' }),
    );
  });
});
