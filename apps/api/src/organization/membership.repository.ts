import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, type EntityManager } from 'typeorm';
import type { OrgRole } from '@spillover/domain';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

/** SQL for memberships and invitations. */
@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private memberships(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MembershipEntity);
  }

  private invitations(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(InvitationEntity);
  }

  findMembership(id: string, manager?: EntityManager): Promise<MembershipEntity | null> {
    return this.memberships(manager).findOne({ where: { id } });
  }

  findMembershipOf(organizationId: string, userId: string, manager?: EntityManager): Promise<MembershipEntity | null> {
    return this.memberships(manager).findOne({ where: { organizationId, userId } });
  }

  membersOf(organizationId: string): Promise<MembershipEntity[]> {
    return this.memberships().find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  membershipsOfUser(userId: string): Promise<MembershipEntity[]> {
    return this.memberships().find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /** The roles of an organization, rows locked so two demotions cannot both pass the last-admin check. */
  async lockRoles(organizationId: string, manager: EntityManager): Promise<OrgRole[]> {
    const rows = await this.memberships(manager)
      .createQueryBuilder('m')
      .select(['m.id', 'm.role'])
      .where('m.organization_id = :organizationId', { organizationId })
      .setLock('pessimistic_write')
      .getMany();
    return rows.map((row) => row.role);
  }

  insertMembership(values: Pick<MembershipEntity, 'organizationId' | 'userId' | 'role'>, manager: EntityManager): Promise<MembershipEntity> {
    return this.memberships(manager).save(this.memberships(manager).create(values));
  }

  async updateRole(id: string, role: OrgRole, manager: EntityManager): Promise<void> {
    await this.memberships(manager).update(id, { role });
  }

  async deleteMembership(id: string, manager: EntityManager): Promise<void> {
    await this.memberships(manager).delete(id);
  }

  findInvitation(id: string, manager?: EntityManager, lock = false): Promise<InvitationEntity | null> {
    const qb = this.invitations(manager).createQueryBuilder('i').where('i.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  findPendingInvitation(organizationId: string, email: string, manager: EntityManager): Promise<InvitationEntity | null> {
    return this.invitations(manager).findOne({ where: { organizationId, email, status: 'PENDING' } });
  }

  invitationsOf(organizationId: string): Promise<InvitationEntity[]> {
    return this.invitations().find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  pendingInvitationsFor(email: string): Promise<InvitationEntity[]> {
    return this.invitations().find({ where: { email, status: 'PENDING', expiresAt: MoreThan(new Date()) }, order: { createdAt: 'DESC' } });
  }

  insertInvitation(values: Pick<InvitationEntity, 'organizationId' | 'email' | 'role' | 'invitedById' | 'expiresAt'>, manager: EntityManager): Promise<InvitationEntity> {
    return this.invitations(manager).save(this.invitations(manager).create({ ...values, status: 'PENDING', decidedAt: null }));
  }

  async updateInvitation(id: string, values: Partial<InvitationEntity>, manager: EntityManager): Promise<void> {
    await this.invitations(manager).update(id, values);
  }
}
