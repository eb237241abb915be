import { Injectable } from '@nestjs/common';
import {
  conflict,
  conversationPair,
  errorKey,
  notFound,
  parseInput,
  postMessageSchema,
  reportConversationSchema,
  type ConversationSubjectKind,
} from '@spillover/domain';
import { NotificationService } from '../notification/notification.service';
import { AuditService } from '../platform/audit/audit.service';
import type { Actor } from '../platform/auth/actor';
import { Transactions } from '../platform/database/transactions';
import { LiveEvents } from '../platform/live/live-events';
import type { LiveEventPayload } from '../platform/live/live-event-kinds';
import { Policy } from '../platform/policy/policy.service';
import type { ConversationSubject } from '../platform/policy/rules';
import {
  ConversationRepository,
  type ConversationRow,
  type MessageRow,
} from './conversation.repository';

export interface ConversationSubjectRef {
  kind: ConversationSubjectKind;
  id: string;
}

/** A conversation as one viewer may see it. */
export interface ConversationView {
  row: ConversationRow;
  viewerUserId: string;
  /** The viewer's side; null for a platform admin reading a reported conversation. */
  viewerOrganizationId: string | null;
}

export type MessagePosted = LiveEventPayload<'conversationMessagePosted'>;

const policySubject = (row: ConversationRow): ConversationSubject => ({
  organizationIds: [row.organizationAId, row.organizationBId],
  reported: row.reported,
});

/**
 * Conversations between two organizations about one subject. Other features open them
 * (`open`, in their own transaction); members of the two organizations read and write; a
 * participant may report one, and platform admins may then read it (each read audited).
 */
@Injectable()
export class ConversationService {
  constructor(
    private readonly repository: ConversationRepository,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * The subject's conversation between these two organizations, opened now unless it
   * exists: call it inside the transaction that creates the subject (an interest), so both
   * commit together; calling it again returns the same one. `title` (e.g. the need's title)
   * names the conversation in lists and notifications. No permission check: the caller's
   * use case already decided the two organizations may talk.
   */
  async open(input: {
    subject: ConversationSubjectRef;
    organizationIds: [string, string];
    title?: string;
  }): Promise<{ id: string }> {
    const pair = conversationPair(input.organizationIds);
    return this.transactions.run(async () => {
      const opened = await this.repository.open(
        input.subject,
        pair,
        (input.title ?? '').slice(0, 200),
      );
      if (opened.organizationAId !== pair[0] || opened.organizationBId !== pair[1])
        throw new Error(
          `${input.subject.kind} ${input.subject.id} already has a conversation between other organizations`,
        );
      return { id: opened.id };
    });
  }

  /** One conversation the actor may read; NOT_FOUND otherwise. A moderator's read is audited. */
  async get(actor: Actor, id: string): Promise<ConversationView> {
    return this.view(actor, await this.repository.find(id));
  }

  async getBySubject(actor: Actor, subject: ConversationSubjectRef): Promise<ConversationView> {
    return this.view(actor, await this.repository.findBySubject(subject.kind, subject.id));
  }

  private async view(actor: Actor, row: ConversationRow | null): Promise<ConversationView> {
    if (!row) throw notFound('The conversation');
    await this.policy.assert(actor, 'conversation.read', policySubject(row));
    const facts = await this.policy.signedIn(actor);
    const side = this.sideOf(facts.orgRoles, row);
    if (side === null)
      await this.transactions.run(() =>
        this.audit.record(actor, {
          action: 'conversation.moderatorRead',
          objectType: 'Conversation',
          objectId: row.id,
          organizationId: row.organizationAId,
          counterpartOrganizationId: row.organizationBId,
        }),
      );
    return { row, viewerUserId: facts.userId, viewerOrganizationId: side };
  }

  private sideOf(orgRoles: ReadonlyMap<string, unknown>, row: ConversationRow): string | null {
    if (orgRoles.has(row.organizationAId)) return row.organizationAId;
    if (orgRoles.has(row.organizationBId)) return row.organizationBId;
    return null;
  }

  /** A participant's view, for writing; NOT_FOUND or (a moderator) FORBIDDEN otherwise. */
  private async participant(
    actor: Actor,
    id: string,
  ): Promise<ConversationView & { viewerOrganizationId: string }> {
    const row = await this.repository.find(id);
    if (!row) throw notFound('The conversation');
    await this.policy.assert(actor, 'conversation.participate', policySubject(row));
    const facts = await this.policy.signedIn(actor);
    const side = this.sideOf(facts.orgRoles, row);
    if (side === null) throw notFound('The conversation');
    return { row, viewerUserId: facts.userId, viewerOrganizationId: side };
  }

  /** The viewer's unread messages in it (a moderator has none). */
  unread(view: ConversationView): Promise<number> {
    if (view.viewerOrganizationId === null) return Promise.resolve(0);
    return this.repository.unreadIn(view.row.id, view.viewerUserId);
  }

  readMarker(view: ConversationView): Promise<number> {
    if (view.viewerOrganizationId === null) return Promise.resolve(Number.MAX_SAFE_INTEGER);
    return this.repository.readMarker(view.row.id, view.viewerUserId);
  }

  reportedByViewer(view: ConversationView): Promise<boolean> {
    return this.repository.reportedBy(view.row.id, view.viewerUserId);
  }

  /** Messages of a conversation already read through `get`: the last `last` below `beforeSeq`. */
  messages(view: ConversationView, last: number, beforeSeq: number | null): Promise<MessageRow[]> {
    return this.repository.messages(view.row.id, last, beforeSeq);
  }

  /** The conversations of the actor's organizations, most recently active first. */
  async list(actor: Actor, first: number, after: unknown[] | null) {
    const facts = await this.policy.signedIn(actor);
    const rows = await this.repository.listFor(
      facts.userId,
      [...facts.orgRoles.keys()],
      first,
      after,
    );
    return rows.map((row) => ({
      view: {
        row,
        viewerUserId: facts.userId,
        viewerOrganizationId: this.sideOf(facts.orgRoles, row),
      },
      unread: row.unread,
    }));
  }

  /** Unread messages across all the actor's conversations (the header's count). */
  async totalUnread(actor: Actor): Promise<number> {
    const facts = await this.policy.signedIn(actor);
    return this.repository.totalUnread(facts.userId, [...facts.orgRoles.keys()]);
  }

  /**
   * Posts a message as the actor's side. Tells the other organization's members (one
   * notification per burst: see `notifyOtherSide`) and both sides' open pages (live).
   */
  async post(actor: Actor, input: { conversationId: string; body: string }): Promise<MessageRow> {
    const { conversationId, body } = parseInput(postMessageSchema, input);
    return this.transactions.run(async () => {
      const view = await this.participant(actor, conversationId);
      const seq = await this.repository.nextSeq(conversationId);
      const messageId = await this.repository.insertMessage({
        conversationId,
        seq,
        authorUserId: view.viewerUserId,
        organizationId: view.viewerOrganizationId,
        body,
      });
      // Writing answers what came before: the author has read the conversation up to here.
      await this.repository.markRead(conversationId, view.viewerUserId, seq);
      await this.notifyOtherSide(view);
      await this.live.publish('conversationMessagePosted', {
        conversationId,
        messageId,
        organizationIds: [view.row.organizationAId, view.row.organizationBId],
      });
      const message = await this.repository.message(messageId);
      if (!message) throw new Error(`message ${messageId} vanished`);
      return message;
    });
  }

  /**
   * "A new message" for the other organization's members, coalesced: the key is how far
   * that side has read, so a burst of messages before anyone there reads is one
   * notification (and one e-mail for those who chose e-mail); once someone there reads,
   * the next message notifies again.
   */
  private async notifyOtherSide(
    view: ConversationView & { viewerOrganizationId: string },
  ): Promise<void> {
    const { row } = view;
    const other =
      view.viewerOrganizationId === row.organizationAId ? row.organizationBId : row.organizationAId;
    const readUpTo = await this.repository.readByOrganization(row.id, other);
    const sender =
      view.viewerOrganizationId === row.organizationAId
        ? row.organizationAName
        : row.organizationBName;
    await this.notifications.notify(
      {
        type: 'message.received',
        recipients: { organizationIds: [other] },
        exceptUserId: view.viewerUserId,
        subject: { kind: 'CONVERSATION', id: row.id },
        params: { organization: sender, listing: row.title },
        path: `/conversations/${row.id}`,
      },
      `${row.id}:${other}:${readUpTo}`,
    );
  }

  /** Marks the conversation read up to (and including) one of its messages. */
  async markRead(
    actor: Actor,
    conversationId: string,
    upToMessageId: string,
  ): Promise<ConversationView> {
    return this.transactions.run(async () => {
      const view = await this.participant(actor, conversationId);
      const message = await this.repository.message(upToMessageId);
      if (!message || message.conversationId !== conversationId) throw notFound('The message');
      await this.repository.markRead(conversationId, view.viewerUserId, message.seq);
      return view;
    });
  }

  /** A participant reports the conversation to the platform's moderators (once per person). */
  async report(
    actor: Actor,
    input: { conversationId: string; reason: string },
  ): Promise<ConversationView> {
    const { conversationId, reason } = parseInput(reportConversationSchema, input);
    return this.transactions.run(async () => {
      const view = await this.participant(actor, conversationId);
      if (!(await this.repository.report(conversationId, view.viewerUserId, reason)))
        throw conflict(
          'You already reported this conversation.',
          errorKey('conversation.alreadyReported'),
        );
      await this.audit.record(actor, {
        action: 'conversation.reported',
        objectType: 'Conversation',
        objectId: conversationId,
        // The reporter's side only, without the reason: the other side's admins read the
        // audit trail of what concerns them, and a report is not theirs to read.
        organizationId: view.viewerOrganizationId,
      });
      return { ...view, row: { ...view.row, reported: true } };
    });
  }

  /** Whether the actor may hear of this message live: a participant of its conversation. */
  async mayReceive(actor: Actor, event: MessagePosted): Promise<boolean> {
    const facts = await this.policy.factsOf(actor);
    if (!facts || !event.organizationIds.some((id) => facts.orgRoles.has(id))) return false;
    // The stored conversation decides (the payload's ids only pre-filter).
    const row = await this.repository.find(event.conversationId);
    return row !== null && this.sideOf(facts.orgRoles, row) !== null;
  }
}
