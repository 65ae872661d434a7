import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { backupExtension } from './naming';
import { damagedBackup, memberNames, notABackup, parseManifest, type BackupManifest } from './manifest';

/**
 * The backup file: a zip holding the encrypted database copy, its key file
 * and the manifest. Stored, not compressed: encrypted pages do not compress.
 */

export async function sha256OfFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    signal?.throwIfAborted();
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The zip's bytes, as a stream: the caller writes it to a temporary file and renames it. */
export function backupArchive(
  databaseCopy: { path: string; bytes: number },
  keyFile: Buffer,
  manifest: BackupManifest,
): Readable {
  const zip = new yazl.ZipFile();
  const mtime = new Date(manifest.createdAt);
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), memberNames.manifest, { mtime });
  zip.addBuffer(keyFile, memberNames.keys, { mtime, compress: false });
  zip.addReadStream(createReadStream(databaseCopy.path), memberNames.database, {
    mtime,
    compress: false,
    size: databaseCopy.bytes,
  });
  zip.end();
  return zip.outputStream as Readable;
}

const manifestLimit = 1024 * 1024;
const keyFileLimit = 1024 * 1024;

async function openZip(path: string): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.openPromise(path, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw error;
    // A file named as a backup that is not a whole zip was cut short or changed.
    throw path.endsWith(backupExtension) ? damagedBackup('the file is cut short or changed') : notABackup(path);
  }
}

async function readSmall(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  if (entry.uncompressedSize > limit) throw damagedBackup(`${entry.fileName} is far too large`);
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Only the manifest: what a backup holds, without its passphrase (for lists and the confirmation). */
export async function readManifest(path: string): Promise<BackupManifest> {
  const zip = await openZip(path);
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName === memberNames.manifest)
        return parseManifest((await readSmall(zip, entry, manifestLimit)).toString('utf8'));
    }
  } catch (error) {
    throw asDamaged(error);
  } finally {
    zip.close();
  }
  throw notABackup(path);
}

export interface OpenedBackup {
  manifest: BackupManifest;
  keyFile: Buffer;
}

/**
 * Reads a whole backup and checks every member's sha256 against the
 * manifest; the database member is written to `databaseTarget` (a new file)
 * on the way. Any mismatch, a missing member or an unexpected one is damage.
 */
export async function extractBackup(path: string, databaseTarget: string, signal?: AbortSignal): Promise<OpenedBackup> {
  const zip = await openZip(path);
  let manifestText: string | undefined;
  let keyFile: Buffer | undefined;
  let database: { sha256: string; bytes: number } | undefined;
  try {
    for await (const entry of zip.eachEntry()) {
      signal?.throwIfAborted();
      if (entry.fileName === memberNames.manifest)
        manifestText = (await readSmall(zip, entry, manifestLimit)).toString('utf8');
      else if (entry.fileName === memberNames.keys) keyFile = await readSmall(zip, entry, keyFileLimit);
      else if (entry.fileName === memberNames.database)
        database = await copyOut(await zip.openReadStreamPromise(entry), databaseTarget, signal);
      else throw damagedBackup(`it holds an unexpected file, ${entry.fileName}`);
    }
  } catch (error) {
    throw asDamaged(error);
  } finally {
    zip.close();
  }
  if (manifestText === undefined) throw notABackup(path);
  const manifest = parseManifest(manifestText);
  if (!keyFile || !database) throw damagedBackup('a part of it is missing');
  const expected = manifest.members;
  if (sha256Of(keyFile) !== expected[memberNames.keys].sha256)
    throw damagedBackup('its key file does not match its checksum');
  if (
    database.sha256 !== expected[memberNames.database].sha256 ||
    database.bytes !== expected[memberNames.database].bytes
  )
    throw damagedBackup('its database does not match its checksum');
  return { manifest, keyFile };
}

async function copyOut(
  stream: Readable,
  target: string,
  signal?: AbortSignal,
): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const handle = await fs.open(target, 'wx', 0o600);
  try {
    for await (const chunk of stream) {
      signal?.throwIfAborted();
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
      await handle.write(chunk as Buffer);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** A zip cut short or changed fails inside yauzl with its own words; say "damaged" instead. */
function asDamaged(error: unknown): unknown {
  if (error instanceof Error && (error.name === 'TrellisError' || error.name === 'AbortError')) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return error;
  return damagedBackup('the file is cut short or changed');
}
