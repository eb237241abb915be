import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../account/user.entity';
import { CreatedAt, timestamptz } from '../database/columns';

/** A personal API token for scripts. Shown once; only its SHA-256 is stored. */
@Entity('api_token')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'api_token_pkey' })
  id: string;

  @Index('api_token_user_idx')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'api_token_user_fk' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** The first characters of the token, so its owner can tell tokens apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Index('api_token_token_hash_key', { unique: true })
  @Column({ type: 'bytea' })
  tokenHash: Buffer;

  @CreatedAt()
  createdAt: Date;

  @Column(timestamptz({ nullable: true }))
  lastUsedAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  expiresAt: Date | null;

  @Column(timestamptz({ nullable: true }))
  revokedAt: Date | null;
}
