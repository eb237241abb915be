import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MoreThan, type EntityManager } from 'typeorm';
import type { OrgRole } from '@spillover/domain';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

/** SQL for memberships and invitations. */
@Injectable()
export class MembershipRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The use case's transaction when one is open (see Transactions), the pool's otherwise. */
  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  private get memberships() {
    return this.manager.getRepository(MembershipEntity);
  }

  private get invitations() {
    return this.manager.getRepository(InvitationEntity);
  }

  findMembership(id: string): Promise<MembershipEntity | null> {
    return this.memberships.findOne({ where: { id } });
  }

  findMembershipOf(organizationId: string, userId: string): Promise<MembershipEntity | null> {
    return this.memberships.findOne({ where: { organizationId, userId } });
  }

  membersOf(organizationId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  membershipsOfUser(userId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** The roles of an organization, rows locked so two demotions cannot both pass the last-admin check. */
  async lockRoles(organizationId: string): Promise<OrgRole[]> {
    const rows = await this.memberships
      .createQueryBuilder('m')
      .select(['m.id', 'm.role'])
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('m.id') // in id order, as every lock of several rows (see Transactions)
      .setLock('for_no_key_update')
      .getMany();
    return rows.map((row) => row.role);
  }

  insertMembership(
    values: Pick<MembershipEntity, 'organizationId' | 'userId' | 'role'>,
  ): Promise<MembershipEntity> {
    return this.memberships.save(this.memberships.create(values));
  }

  async updateRole(id: string, role: OrgRole): Promise<void> {
    await this.memberships.update(id, { role });
  }

  async deleteMembership(id: string): Promise<void> {
    await this.memberships.delete(id);
  }

  findInvitation(id: string, lock = false): Promise<InvitationEntity | null> {
    const qb = this.invitations.createQueryBuilder('i').where('i.id = :id', { id });
    if (lock) qb.setLock('for_no_key_update');
    return qb.getOne();
  }

  findPendingInvitation(organizationId: string, email: string): Promise<InvitationEntity | null> {
    return this.invitations.findOne({ where: { organizationId, email, status: 'PENDING' } });
  }

  invitationsOf(organizationId: string): Promise<InvitationEntity[]> {
    return this.invitations.find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  pendingInvitationsFor(email: string): Promise<InvitationEntity[]> {
    return this.invitations.find({
      where: { email, status: 'PENDING', expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  insertInvitation(
    values: Pick<
      InvitationEntity,
      'organizationId' | 'email' | 'role' | 'invitedById' | 'expiresAt'
    >,
  ): Promise<InvitationEntity> {
    return this.invitations.save(
      this.invitations.create({ ...values, status: 'PENDING', decidedAt: null }),
    );
  }

  async updateInvitation(id: string, values: Partial<InvitationEntity>): Promise<void> {
    await this.invitations.update(id, values);
  }
}
