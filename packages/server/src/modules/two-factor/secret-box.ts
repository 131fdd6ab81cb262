import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Config } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';

/**
 * Encrypts two-factor secrets at rest (AES-256-GCM), so a copy of the database alone gives no
 * one the codes. The key comes from TWO_FACTOR_ENCRYPTION_KEY or, when that is unset, from a
 * key file made once in DATA_DIR.
 */
export class SecretBox {
  private key: Buffer | undefined;

  constructor(private readonly deps: { config: Config; logger: Logger }) {}

  private getKey(): Buffer {
    if (this.key) return this.key;
    const configured = this.deps.config.TWO_FACTOR_ENCRYPTION_KEY;
    if (configured) {
      this.key = /^[0-9a-fA-F]{64}$/.test(configured) ? Buffer.from(configured, 'hex') : Buffer.from(configured, 'base64');
      return this.key;
    }
    const file = resolve(this.deps.config.DATA_DIR, 'two-factor.key');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      // 'wx' fails if another process made the file first; then we read theirs.
      try {
        writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
        chmodSync(file, 0o600);
        this.deps.logger.warn(
          { file },
          'TWO_FACTOR_ENCRYPTION_KEY is not set: made a key file. Set the variable when several machines share the database.',
        );
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    this.key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    return this.key;
  }

  /** `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.getKey(), iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unknown sealed secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.getKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
