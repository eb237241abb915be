import { Injectable } from '@nestjs/common';
import {
  isOpenForAnswers,
  type ListingKind,
  type ListingRef,
  type Visibility,
} from '@spillover/domain';
import { CapabilityService } from '../capability/capability.service';
import { NeedService } from '../need/need.service';
import type { Actor } from '../platform/auth/actor';

/** What any feature answering a listing (interests, …) needs to know of it, whatever its kind. */
export interface ListingView {
  kind: ListingKind;
  id: string;
  organizationId: string;
  title: string;
  /** The kind's own status (need: DRAFT/OPEN/CLOSED/EXPIRED, capability: DRAFT/PUBLISHED/ARCHIVED). */
  status: string;
  visibility: Visibility;
  /** The need's response deadline; capabilities have none. */
  deadline: Date | null;
  /** An OPEN need before its deadline or a PUBLISHED capability (isOpenForAnswers). */
  openForAnswers: boolean;
}

/**
 * One door to a listing of either kind by reference, for features built on both. Visibility is
 * the policy's (through each kind's service): a listing the actor may not see is NOT_FOUND,
 * exactly as one that does not exist.
 */
@Injectable()
export class ListingAccess {
  constructor(
    private readonly needs: NeedService,
    private readonly capabilities: CapabilityService,
  ) {}

  async visible(actor: Actor, ref: ListingRef, now = new Date()): Promise<ListingView> {
    if (ref.kind === 'NEED') {
      const need = await this.needs.get(actor, ref.id);
      const view = { kind: 'NEED', status: need.status, deadline: need.responseDeadline } as const;
      return {
        ...view,
        id: need.id,
        organizationId: need.organizationId,
        title: need.title,
        visibility: need.visibility,
        openForAnswers: isOpenForAnswers(view, now),
      };
    }
    const capability = await this.capabilities.get(actor, ref.id);
    const view = { kind: 'CAPABILITY', status: capability.status } as const;
    return {
      ...view,
      id: capability.id,
      organizationId: capability.organizationId,
      title: capability.title,
      visibility: capability.visibility,
      deadline: null,
      openForAnswers: isOpenForAnswers(view, now),
    };
  }
}
