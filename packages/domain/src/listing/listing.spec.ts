import { isOpenForAnswers } from './listing';

const now = new Date('2026-06-01T00:00:00Z');

describe('isOpenForAnswers', () => {
  it('takes answers on an OPEN need before its deadline only', () => {
    expect(
      isOpenForAnswers(
        { kind: 'NEED', status: 'OPEN', deadline: new Date('2026-06-02T00:00:00Z') },
        now,
      ),
    ).toBe(true);
    expect(
      isOpenForAnswers(
        { kind: 'NEED', status: 'OPEN', deadline: new Date('2026-06-01T00:00:00Z') },
        now,
      ),
    ).toBe(false);
    expect(isOpenForAnswers({ kind: 'NEED', status: 'CLOSED', deadline: null }, now)).toBe(false);
    expect(isOpenForAnswers({ kind: 'NEED', status: 'DRAFT', deadline: null }, now)).toBe(false);
  });

  it('takes answers on a PUBLISHED capability only', () => {
    expect(isOpenForAnswers({ kind: 'CAPABILITY', status: 'PUBLISHED' }, now)).toBe(true);
    expect(isOpenForAnswers({ kind: 'CAPABILITY', status: 'ARCHIVED' }, now)).toBe(false);
    expect(isOpenForAnswers({ kind: 'CAPABILITY', status: 'DRAFT' }, now)).toBe(false);
  });
});
