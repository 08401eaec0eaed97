/**
 * The central directory of a zip archive (an .xlsx is one), read from the bytes without inflating anything: what
 * the archive claims to hold, so an import can refuse a zip bomb before exceljs (JSZip) inflates it in memory.
 * Follows APPNOTE.TXT 6.3: the End of Central Directory record (and its ZIP64 form), then one header per entry.
 */

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused by the caller. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
/** Far above any workbook (a few dozen parts); bounds the work on a directory of millions of tiny entries. */
export const MAX_ZIP_ENTRIES = 10_000;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  fits(offset: number, length: number) {
    return Number.isSafeInteger(offset) && offset >= 0 && offset + length <= this.bytes.length;
  }
  u16(offset: number) {
    return this.view.getUint16(offset, true);
  }
  u32(offset: number) {
    return this.view.getUint32(offset, true);
  }
  /** Above 2^53 it is unsafe: reported as Infinity, which every cap refuses. */
  u64(offset: number) {
    const value = this.view.getBigUint64(offset, true);
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(value);
  }
}

function findEocd(reader: Reader): number | null {
  const last = reader.bytes.length - EOCD_SIZE;
  for (let offset = last; offset >= 0 && offset >= last - MAX_COMMENT; offset--) {
    if (reader.u32(offset) === EOCD && offset + EOCD_SIZE + reader.u16(offset + 20) <= reader.bytes.length)
      return offset;
  }
  return null;
}

type Directory = { entries: number; size: number; offset: number };

function directoryOf(reader: Reader, eocd: number): Directory | null {
  if (reader.u16(eocd + 4) !== 0 || reader.u16(eocd + 6) !== 0) return null; // split archives: not a workbook
  const plain = {
    entries: reader.u16(eocd + 10),
    size: reader.u32(eocd + 12),
    offset: reader.u32(eocd + 16),
  };
  const zip64 = plain.entries === 0xffff || plain.size === 0xffffffff || plain.offset === 0xffffffff;
  if (!zip64) return plain;
  const locator = eocd - 20;
  if (!reader.fits(locator, 20) || reader.u32(locator) !== ZIP64_LOCATOR) return null;
  const record = reader.u64(locator + 8);
  if (!reader.fits(record, 56) || reader.u32(record) !== ZIP64_EOCD) return null;
  return { entries: reader.u64(record + 32), size: reader.u64(record + 40), offset: reader.u64(record + 48) };
}

/** The ZIP64 extra field holds, in this order, only the values whose 32-bit fields are 0xFFFFFFFF. */
function zip64Values(reader: Reader, start: number, length: number, wanted: boolean[]): number[] | null {
  for (let at = start; at + 4 <= start + length;) {
    const id = reader.u16(at);
    const size = reader.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      let field = at + 4;
      for (const want of wanted) {
        if (!want) continue;
        if (field + 8 > at + 4 + size) return null;
        values.push(reader.u64(field));
        field += 8;
      }
      return values;
    }
    at += 4 + size;
  }
  return null;
}

/**
 * Every entry the central directory lists, or null when the bytes are not a well-formed single-disk zip (no
 * End of Central Directory record, a directory outside the file, a header without its signature, too many
 * entries). Nothing is inflated and nothing is trusted beyond what is checked here.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const reader = new Reader(bytes);
  if (bytes.length < EOCD_SIZE) return null;
  const eocd = findEocd(reader);
  if (eocd === null) return null;
  const directory = directoryOf(reader, eocd);
  if (!directory || directory.entries > MAX_ZIP_ENTRIES || !reader.fits(directory.offset, directory.size))
    return null;
  const entries: ZipEntry[] = [];
  let at = directory.offset;
  const end = directory.offset + directory.size;
  for (let i = 0; i < directory.entries; i++) {
    if (!reader.fits(at, CENTRAL_HEADER_SIZE) || at + CENTRAL_HEADER_SIZE > end) return null;
    if (reader.u32(at) !== CENTRAL_HEADER) return null;
    const nameLength = reader.u16(at + 28);
    const extraLength = reader.u16(at + 30);
    const commentLength = reader.u16(at + 32);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return null;
    let compressedSize = reader.u32(at + 20);
    let uncompressedSize = reader.u32(at + 24);
    let localHeaderOffset = reader.u32(at + 42);
    const wanted = [uncompressedSize, compressedSize, localHeaderOffset].map((v) => v === 0xffffffff);
    if (wanted.some(Boolean)) {
      const values = zip64Values(reader, at + CENTRAL_HEADER_SIZE + nameLength, extraLength, wanted);
      if (!values) return null;
      if (wanted[0]) uncompressedSize = values.shift()!;
      if (wanted[1]) compressedSize = values.shift()!;
      if (wanted[2]) localHeaderOffset = values.shift()!;
    }
    const name = new TextDecoder().decode(
      bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength),
    );
    entries.push({ name, method: reader.u16(at + 10), compressedSize, uncompressedSize, localHeaderOffset });
    at = next;
  }
  return entries;
}

/** Where an entry's compressed bytes are, through its local header; null when they are not inside the file. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const reader = new Reader(bytes);
  const local = entry.localHeaderOffset;
  if (!reader.fits(local, LOCAL_HEADER_SIZE) || reader.u32(local) !== LOCAL_HEADER) return null;
  const start = local + LOCAL_HEADER_SIZE + reader.u16(local + 26) + reader.u16(local + 28);
  if (!reader.fits(start, entry.compressedSize)) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}
