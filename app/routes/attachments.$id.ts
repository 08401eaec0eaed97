import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../server/identity/auth.server";
import { attachmentForViewer } from "../server/files/attachment-access.server";
import { pdfContentDisposition } from "../server/files/uploads.server";
import { notFound } from "../server/platform/http.server";
import { idParam } from "../server/platform/params.server";

/** A stored PDF, only for those who may see the bid (or, for objection evidence, staff); 404 for anyone else. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = await attachmentForViewer(user, idParam(params.id));
  if (!found) throw notFound();
  const { attachment, bytes } = found;
  return new Response(bytes, {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(bytes.byteLength),
      "content-disposition": pdfContentDisposition(attachment.id, attachment.fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
