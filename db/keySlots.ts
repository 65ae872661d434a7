import { createCipheriv, createDecipheriv, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { TrellisError } from '../electron/common/errors';
import { writeFileAtomic } from './atomicFile';
import {
  assertKdfWithinBounds,
  keyFileDamaged,
  scryptMemoryBytes,
  verifyKeyFileChecksum,
  withChecksum,
} from './keySlotIntegrity';

/**
 * The database is encrypted with a random 256-bit data key. That key is never
 * stored in the clear: a small JSON file beside the database holds it wrapped
 * (AES-256-GCM) once per "slot" — by the staff passphrase and by the recovery
 * key. Unlocking unwraps the data key; changing the passphrase re-wraps it, so
 * no page of the database is re-encrypted.
 *
 * Each wrapping key comes from scrypt, which is memory-hard, with its own salt.
 * The slot kind and database id are bound in as associated data, so a slot
 * cannot be moved to another database or swapped between kinds unnoticed.
 * The file carries a checksum and its KDF settings are bounded (keySlotIntegrity.ts).
 */

export type SlotKind = 'passphrase' | 'recovery';

interface ScryptParams {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
}

interface KeySlot {
  kind: SlotKind;
  kdf: ScryptParams;
  nonce: string;
  ciphertext: string;
  tag: string;
}

export interface KeySlotFile {
  format: 'trellis-keyslots';
  version: 1;
  databaseId: string;
  cipher: 'chacha20';
  createdAt: string;
  slots: KeySlot[];
  /**
   * The audit log's newest entry as last written (db/auditCheckpoint.ts): kept
   * outside the database, so a log cut short or rewritten inside it shows.
   */
  auditCheckpoint?: { id: number; hash: string };
  /** Wrong passphrases in a row, so the wait between attempts survives restarts (db/unlockAttempts.ts). */
  unlockFailures?: { inARow: number; lastAt: string; unrecorded: string[] };
  /** Added in issue 12; files written before have none and still open (see keySlotIntegrity.ts). */
  checksum?: string;
}

/** Costs per slot kind. A passphrase is guessable, so it gets the heavy setting
 * (128 MiB, roughly half a second); a recovery key has 160 random bits. */
export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

export const defaultKdfCost: Record<SlotKind, KdfCost> = {
  passphrase: { N: 2 ** 17, r: 8, p: 1 },
  recovery: { N: 2 ** 15, r: 8, p: 1 },
};

function deriveWrappingKey(secret: string, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 2 * scryptMemoryBytes(params) + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function associatedData(databaseId: string, kind: SlotKind): Buffer {
  return Buffer.from(`trellis-keyslot:v1:${databaseId}:${kind}`, 'utf8');
}

export async function wrapDataKey(
  dataKey: Buffer,
  secret: string,
  kind: SlotKind,
  databaseId: string,
  cost: KdfCost = defaultKdfCost[kind],
): Promise<KeySlot> {
  const kdf: ScryptParams = { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveWrappingKey(secret, kdf);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce);
  cipher.setAAD(associatedData(databaseId, kind));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    kind,
    kdf,
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Unwraps the data key with the slot of the given kind; a wrong secret fails
 * the GCM tag check and becomes WRONG_PASSPHRASE. */
export async function unwrapDataKey(file: KeySlotFile, kind: SlotKind, secret: string): Promise<Buffer> {
  const slot = file.slots.find((s) => s.kind === kind);
  if (!slot) {
    throw new TrellisError('KEYSLOTS_DAMAGED', `The key file has no ${kind} slot, so it cannot be unlocked that way.`);
  }
  assertKdfWithinBounds(slot.kdf, 'of these records');
  const wrappingKey = await deriveWrappingKey(secret, slot.kdf);
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.nonce, 'base64'));
  decipher.setAAD(associatedData(file.databaseId, kind));
  decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(slot.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new TrellisError(
      'WRONG_PASSPHRASE',
      kind === 'recovery'
        ? 'That recovery key does not unlock these records. Check it against the copy you saved.'
        : 'That passphrase is not correct. Check Caps Lock and try again.',
    );
  }
}

export function newKeySlotFile(slots: KeySlot[], databaseId: string = randomUUID()): KeySlotFile {
  return {
    format: 'trellis-keyslots',
    version: 1,
    databaseId,
    cipher: 'chacha20',
    createdAt: new Date().toISOString(),
    slots,
  };
}

export function keySlotPath(databasePath: string): string {
  return `${databasePath}.keys`;
}

export async function readKeySlotFile(databasePath: string): Promise<KeySlotFile> {
  const path = keySlotPath(databasePath);
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new TrellisError(
        'KEYSLOTS_MISSING',
        `The key file that unlocks this database is missing (${path}). Restore it from the same backup as the database.`,
      );
    }
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw keyFileDamaged(path);
  const record = parsed as Record<string, unknown>;
  verifyKeyFileChecksum(record, () => hasLegacyShape(record), path);
  if (!isKeySlotFile(parsed)) throw keyFileDamaged(path);
  for (const slot of parsed.slots) assertKdfWithinBounds(slot.kdf, path);
  return parsed;
}

const base64Bytes = (value: unknown) => (typeof value === 'string' ? Buffer.from(value, 'base64').length : -1);

function isKeySlotFile(value: unknown): value is KeySlotFile {
  const v = value as Partial<KeySlotFile>;
  return (
    v.format === 'trellis-keyslots' &&
    v.version === 1 &&
    typeof v.databaseId === 'string' &&
    Array.isArray(v.slots) &&
    v.slots.every(
      (s) =>
        typeof s?.kind === 'string' &&
        s.kdf?.name === 'scrypt' &&
        base64Bytes(s.kdf.salt) >= 16 &&
        base64Bytes(s.nonce) === 12 &&
        base64Bytes(s.tag) === 16 &&
        base64Bytes(s.ciphertext) === 32,
    ) &&
    (v.auditCheckpoint === undefined ||
      (Number.isSafeInteger(v.auditCheckpoint?.id) && /^[0-9a-f]{64}$/.test(String(v.auditCheckpoint?.hash)))) &&
    (v.unlockFailures === undefined ||
      (Number.isSafeInteger(v.unlockFailures?.inARow) &&
        typeof v.unlockFailures?.lastAt === 'string' &&
        Array.isArray(v.unlockFailures?.unrecorded)))
  );
}

const sameKeys = (value: unknown, keys: string[]) =>
  typeof value === 'object' && value !== null && Object.keys(value).sort().join() === [...keys].sort().join();

/** Exactly the fields a version-1 file had before the checksum was added. */
function hasLegacyShape(file: Record<string, unknown>): boolean {
  return (
    sameKeys(file, ['format', 'version', 'databaseId', 'cipher', 'createdAt', 'slots']) &&
    Array.isArray(file.slots) &&
    file.slots.every(
      (slot: Record<string, unknown>) =>
        sameKeys(slot, ['kind', 'kdf', 'nonce', 'ciphertext', 'tag']) &&
        sameKeys(slot.kdf, ['name', 'N', 'r', 'p', 'salt']),
    )
  );
}

/** Written to a temporary file, fsynced and renamed, so a crash never leaves half a key file; always with its checksum. */
export async function writeKeySlotFile(databasePath: string, file: KeySlotFile): Promise<void> {
  await writeFileAtomic(keySlotPath(databasePath), `${JSON.stringify(withChecksum(file), null, 2)}\n`, {
    replace: true,
  });
}
