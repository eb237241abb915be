import { DomainError } from '../errors/domain-error';
import {
  assertPartnershipFits,
  availablePartnershipActions,
  mayActOnPartnership,
  partnershipKindFor,
  partnershipSideOf,
  proposeClusterPartnershipSchema,
  transitionClusterPartnership,
} from './cluster-partnership';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : 'other';
  }
  return 'none';
};

describe('cluster partnership transitions', () => {
  it('walks a partnership: proposed, accepted, ended; another proposed and declined', () => {
    expect(transitionClusterPartnership('PROPOSED', 'accept')).toBe('ACTIVE');
    expect(transitionClusterPartnership('ACTIVE', 'end', 'The programme ended')).toBe('ENDED');
    expect(transitionClusterPartnership('PROPOSED', 'decline', 'Outside our focus')).toBe(
      'DECLINED',
    );
  });

  it.each([
    ['ACTIVE', 'accept'],
    ['DECLINED', 'accept'],
    ['ENDED', 'decline'],
    ['ACTIVE', 'decline'],
    ['PROPOSED', 'end'],
    ['ENDED', 'end'],
    ['DECLINED', 'end'],
    ['ACTIVE', 'withdraw'],
    ['DECLINED', 'withdraw'],
    ['WITHDRAWN', 'withdraw'],
    ['WITHDRAWN', 'accept'],
  ] as const)('refuses %s → %s as a CONFLICT on status', (from, action) => {
    expect(codeOf(() => transitionClusterPartnership(from, action, 'a reason'))).toBe(
      'CONFLICT:status',
    );
  });

  it('requires a reason to decline or end, not to accept', () => {
    expect(codeOf(() => transitionClusterPartnership('PROPOSED', 'decline'))).toBe(
      'BAD_USER_INPUT:reason',
    );
    expect(codeOf(() => transitionClusterPartnership('ACTIVE', 'end', '  '))).toBe(
      'BAD_USER_INPUT:reason',
    );
    expect(codeOf(() => transitionClusterPartnership('PROPOSED', 'accept'))).toBe('none');
  });

  it('lets an unanswered proposal be withdrawn, with or without a reason', () => {
    expect(transitionClusterPartnership('PROPOSED', 'withdraw')).toBe('WITHDRAWN');
    expect(transitionClusterPartnership('PROPOSED', 'withdraw', 'Sent too early')).toBe(
      'WITHDRAWN',
    );
  });
});

describe('who may act on a partnership', () => {
  const partnership = { proposerClusterId: 'daegu', recipientClusterId: 'stuttgart' };

  it('tells the sides apart by the clusters a person manages', () => {
    expect(partnershipSideOf(new Set(['daegu']), partnership)).toBe('PROPOSER');
    expect(partnershipSideOf(new Set(['stuttgart', 'other']), partnership)).toBe('RECIPIENT');
    expect(partnershipSideOf(new Set(['other']), partnership)).toBe('NONE');
    expect(partnershipSideOf(new Set(['daegu', 'stuttgart']), partnership)).toBe('PROPOSER');
  });

  it('lets only the recipient answer, and either side end', () => {
    expect(mayActOnPartnership('accept', 'RECIPIENT')).toBe(true);
    expect(mayActOnPartnership('accept', 'PROPOSER')).toBe(false);
    expect(mayActOnPartnership('decline', 'PROPOSER')).toBe(false);
    expect(mayActOnPartnership('end', 'PROPOSER')).toBe(true);
    expect(mayActOnPartnership('end', 'RECIPIENT')).toBe(true);
    expect(mayActOnPartnership('end', 'NONE')).toBe(false);
    expect(mayActOnPartnership('withdraw', 'PROPOSER')).toBe(true);
    expect(mayActOnPartnership('withdraw', 'RECIPIENT')).toBe(false);
    expect(mayActOnPartnership('withdraw', 'NONE')).toBe(false);
  });

  it('offers exactly the actions that would succeed for a side', () => {
    expect(availablePartnershipActions('PROPOSED', 'RECIPIENT')).toEqual(['accept', 'decline']);
    expect(availablePartnershipActions('PROPOSED', 'PROPOSER')).toEqual(['withdraw']);
    expect(availablePartnershipActions('WITHDRAWN', 'PROPOSER')).toEqual([]);
    expect(availablePartnershipActions('ACTIVE', 'PROPOSER')).toEqual(['end']);
    expect(availablePartnershipActions('ENDED', 'RECIPIENT')).toEqual([]);
    expect(availablePartnershipActions('ACTIVE', 'NONE')).toEqual([]);
  });
});

describe('what a proposal may name', () => {
  const daegu = { id: 'daegu', country: 'KR' };
  const ulsan = { id: 'ulsan', country: 'KR' };
  const stuttgart = { id: 'stuttgart', country: 'DE' };

  it('takes its kind from the countries', () => {
    expect(partnershipKindFor('KR', 'KR')).toBe('DOMESTIC');
    expect(partnershipKindFor('KR', 'DE')).toBe('INTERNATIONAL');
    expect(codeOf(() => assertPartnershipFits('DOMESTIC', daegu, ulsan))).toBe('none');
    expect(codeOf(() => assertPartnershipFits('INTERNATIONAL', daegu, stuttgart))).toBe('none');
    expect(codeOf(() => assertPartnershipFits('INTERNATIONAL', daegu, ulsan))).toBe(
      'BAD_USER_INPUT:kind',
    );
    expect(codeOf(() => assertPartnershipFits('DOMESTIC', daegu, stuttgart))).toBe(
      'BAD_USER_INPUT:kind',
    );
  });

  it('refuses a partnership of a cluster with itself', () => {
    expect(codeOf(() => assertPartnershipFits('DOMESTIC', daegu, daegu))).toBe(
      'BAD_USER_INPUT:partnerClusterId',
    );
  });

  it('parses a proposal and refuses an unknown kind or a long note', () => {
    const input = {
      clusterId: '00000000-0000-4000-8000-000000000001',
      partnerClusterId: '00000000-0000-4000-8000-000000000002',
      kind: 'DOMESTIC',
    };
    expect(proposeClusterPartnershipSchema.parse(input)).toEqual({ ...input, note: '' });
    expect(proposeClusterPartnershipSchema.safeParse({ ...input, kind: 'GLOBAL' }).success).toBe(
      false,
    );
    expect(
      proposeClusterPartnershipSchema.safeParse({ ...input, note: 'x'.repeat(2001) }).success,
    ).toBe(false);
  });
});
