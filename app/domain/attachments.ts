/**
 * How much a bid, or a project's completion evidence, may hold: each file is at most 20 MB (checked while the
 * upload is read), and together at most this many files and bytes, so one party cannot fill the disk.
 */
export const ATTACHMENT_LIMITS = { files: 20, bytes: 100 * 1024 * 1024 } as const;

export type AttachmentUsage = { files: number; bytes: number };

/** Which limit one more file of `sizeBytes` would break, if any. */
export function attachmentLimitBroken(
  usage: AttachmentUsage,
  sizeBytes: number,
  limits: { files: number; bytes: number } = ATTACHMENT_LIMITS,
): "files" | "bytes" | null {
  if (usage.files + 1 > limits.files) return "files";
  if (usage.bytes + sizeBytes > limits.bytes) return "bytes";
  return null;
}

const MB = 1024 * 1024;

/** Megabytes as shown beside the field: whole when whole, else one decimal, never rounded up to the limit. */
export function megabytes(bytes: number): string {
  const tenths = Math.floor((bytes / MB) * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}
