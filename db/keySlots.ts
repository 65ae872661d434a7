import { createCipheriv, createDecipheriv, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { TrellisError } from '../electron/common/errors';

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
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 },
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
  if (!isKeySlotFile(parsed)) {
    throw new TrellisError('KEYSLOTS_DAMAGED', `The key file ${path} is damaged or is not a Trellis key file.`);
  }
  return parsed;
}

function isKeySlotFile(value: unknown): value is KeySlotFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KeySlotFile>;
  return (
    v.format === 'trellis-keyslots' &&
    v.version === 1 &&
    typeof v.databaseId === 'string' &&
    Array.isArray(v.slots) &&
    v.slots.every((s) => typeof s?.kind === 'string' && typeof s.ciphertext === 'string' && s.kdf?.name === 'scrypt')
  );
}

/** Written to a temporary file and renamed, so a crash never leaves half a key file. */
export async function writeKeySlotFile(databasePath: string, file: KeySlotFile): Promise<void> {
  const path = keySlotPath(databasePath);
  const temporary = `${path}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  await fs.rename(temporary, path);
}
