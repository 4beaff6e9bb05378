import { Column } from 'typeorm';

/**
 * The columns every row naming a stored file carries (attachments, 企业认证 and dispute documents): the object lives
 * in S3 under `object_key`. Entities extend this; the columns are inherited, the table stays the entity's own.
 */
export abstract class StoredFileColumns {
  /** Sanitised original name. */
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** Decided from the file's magic bytes, not its name. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'object_key', type: 'varchar', length: 255 })
  objectKey: string;
}
