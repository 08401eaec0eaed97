import type { DbOrTrx } from "../../../db/client";
import { attachmentUsage } from "../../../db/repositories/attachments";
import { ATTACHMENT_LIMITS, attachmentLimitBroken, megabytes } from "../../domain/attachments";
import { msg } from "../../i18n/i18n";
import { fieldFail } from "../platform/outcome.server";

/**
 * Refuses one more file of `sizeBytes` on a bid or a project once its count or total would pass the limits;
 * the message goes beside the file field. Call it inside the transaction that holds the bid's (or project's)
 * row lock, so two concurrent uploads cannot both squeeze under the limit.
 */
export async function attachmentRoomProblem(
  trx: DbOrTrx,
  owner: { bidId: number } | { projectId: number },
  sizeBytes: number,
  field = "file",
) {
  const usage = await attachmentUsage(trx, owner);
  switch (attachmentLimitBroken(usage, sizeBytes)) {
    case "files":
      return fieldFail({ [field]: [msg("err.upload.tooManyFiles", { max: ATTACHMENT_LIMITS.files })] });
    case "bytes":
      return fieldFail({
        [field]: [
          msg("err.upload.totalTooLarge", {
            max: megabytes(ATTACHMENT_LIMITS.bytes),
            used: megabytes(usage.bytes),
          }),
        ],
      });
    default:
      return null;
  }
}
