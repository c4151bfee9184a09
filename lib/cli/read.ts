/**
 * Reading drafts from disk for the CLI: UTF-8 only, a leading byte order mark
 * removed, and a clear one-line reason when a path is not a readable text draft.
 */
import {readFile} from 'node:fs/promises'

export type Read = {ok: true; text: string} | {ok: false; reason: string}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Decodes a draft's bytes, or says where and why they are not UTF-8 text. */
export function decodeDraft(bytes: Uint8Array): Read {
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, reason: `binary file (NUL byte at offset ${nul}); isnad reads UTF-8 text and Markdown drafts`}
  try {
    return {ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '')}
  } catch {
    const at = firstInvalidByte(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    return {ok: false, reason: `invalid UTF-8 at ${line}:${column} (byte ${at}); save the draft as UTF-8`}
  }
}

/** Reads a draft from a path, turning file-system errors into reasons a user can act on. */
export async function readDraft(path: string): Promise<Read> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    return {ok: false, reason: describeFsError(error)}
  }
  return decodeDraft(bytes)
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file; check the path'
  if (code === 'EISDIR') return 'is a directory; give the draft files inside it'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; make the file readable'
  return `cannot read: ${(error as Error).message}`
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const byte = bytes[at]
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0
    if (length === 0 || at + length > bytes.length) return at
    for (let next = 1; next < length; next++) if (bytes[at + next] >> 6 !== 0b10) return at
    // Overlong, surrogate and out-of-range sequences are invalid too; decode the sequence to check.
    try {
      decoder.decode(bytes.subarray(at, at + length))
    } catch {
      return at
    }
    at += length
  }
  return at
}
