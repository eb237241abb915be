import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../account/user.entity';
import { CreatedAt, timestamptz } from '../database/columns';

/** A browser sign-in. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_pkey' })
  id: string;

  @Index('session_user_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'session_user_fk' })
  user?: UserEntity;

  @Index('session_token_hash_key', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @CreatedAt()
  createdAt: Date;

  @Column(timestamptz())
  lastSeenAt: Date;

  @Column(timestamptz())
  expiresAt: Date;

  @Column(timestamptz({ nullable: true }))
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
