import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Policy } from '../platform/policy/policy.service';
import { ConversationRepository } from './conversation.repository';

/**
 * What platform admins see of conversations without reading them: which were reported,
 * by whom and why. Reading one is `ConversationService.get`, allowed once reported and
 * audited each time.
 */
@Injectable()
export class ConversationModeration {
  constructor(
    private readonly repository: ConversationRepository,
    private readonly policy: Policy,
  ) {}

  async listReported(actor: Actor, first: number, after: unknown[] | null) {
    await this.policy.assert(actor, 'conversation.moderate', {});
    const rows = await this.repository.listReported(first, after);
    const reports = await this.repository.reports(rows.map((row) => row.id));
    return rows.map((row) => ({
      row,
      reports: reports.filter((report) => report.conversationId === row.id),
    }));
  }
}
