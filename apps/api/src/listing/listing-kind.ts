import {
  errorKey,
  type AuditAction,
  type ErrorKey,
  type ListingKind,
  type Visibility,
} from '@spillover/domain';

export type { ListingKind, ListingRef } from '@spillover/domain';

/** The columns every listing row has, whatever its kind. */
export interface ListingRow {
  id: string;
  organizationId: string;
  createdById: string | null;
  status: string;
  title: string;
  visibility: Visibility;
  publishedAt: Date | null;
}

/** How one kind names itself to the policy, the audit trail and its refusals. */
export interface ListingKindConfig {
  kind: ListingKind;
  /** The policy's name for it (Policy.listingVisibility). */
  policyKind: 'need' | 'capability';
  /** What NOT_FOUND says: "The technology need", "The capability". */
  label: string;
  /** The audit's objectType and its actions for the steps every kind has. */
  objectType: 'TechnologyNeed' | 'Capability';
  actions: { created: AuditAction; updated: AuditAction; deleted: AuditAction };
  /** The refusal of deleting a listing that is no longer a draft. */
  deleteNotDraft: { message: string; key: ErrorKey };
}

/** Each kind's names, side by side so they stay parallel. */
export const LISTING_KIND_CONFIG: Record<ListingKind, ListingKindConfig> = {
  NEED: {
    kind: 'NEED',
    policyKind: 'need',
    label: 'The technology need',
    objectType: 'TechnologyNeed',
    actions: { created: 'need.created', updated: 'need.updated', deleted: 'need.deleted' },
    deleteNotDraft: {
      message: 'Only a draft can be deleted; close a published need instead.',
      key: errorKey('need.deleteNotDraft'),
    },
  },
  CAPABILITY: {
    kind: 'CAPABILITY',
    policyKind: 'capability',
    label: 'The capability',
    objectType: 'Capability',
    actions: {
      created: 'capability.created',
      updated: 'capability.updated',
      deleted: 'capability.deleted',
    },
    deleteNotDraft: {
      message: 'Only a draft can be deleted; archive a published capability instead.',
      key: errorKey('capability.deleteNotDraft'),
    },
  },
};
