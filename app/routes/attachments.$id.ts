import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "../server/auth.server";
import { attachmentForViewer } from "../server/bids.server";
import { notFound } from "../server/http.server";
import { idParam } from "../server/params.server";

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
      "content-disposition": `attachment; filename="attachment-${attachment.id}.pdf"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
