import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "../../../../db/client";
import { organizationTypeOf } from "../../../../db/repositories/sd-items";
import { kindsFiledBy } from "../../../domain/sd-items";
import { wholeNumber } from "../../../forms/fields";
import { pageFromUrl } from "../../../forms/pagination";
import { sdItemInputSchema } from "../../../forms/sd-item";
import { SD_CODE_PATTERN, SD_KINDS, type SdKind } from "../../../domain/supply-demand";
import { msg } from "../../../i18n/i18n";
import { readPdfUpload } from "../../files/uploads.server";
import { requireUser } from "../../identity/auth.server";
import { actionReply, invalidReply } from "../../platform/action-reply.server";
import { orgActor } from "../../platform/actor.server";
import { forbidden, notFound } from "../../platform/http.server";
import { possibleDuplicates, type SimilarItem } from "../matching/matching.server";
import {
  addSdItemAttachment,
  createSdDraft,
  fulfilSdItem,
  removeSdItemAttachment,
  renewSdItemFor,
  saveSdRevision,
  startSdEdit,
  submitSdItem,
  withdrawSdItem,
} from "./items.server";
import { myItemsView, ownerItemView } from "./views.server";

/** Loaders and actions of /my/supply-demand, /my/supply-demand/new and /my/supply-demand/:code. */

function kindOf(value: string | null): SdKind | null {
  return (SD_KINDS as readonly string[]).includes(value ?? "") ? (value as SdKind) : null;
}

function codeParam(value: string | undefined): string {
  const code = (value ?? "").toUpperCase();
  if (!SD_CODE_PATTERN.test(code)) throw notFound();
  return code;
}

export async function myItemsLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  const kind = kindOf(url.searchParams.get("kind")) ?? "demand";
  if (!user.organization) return { hasOrganization: false as const, view: null };
  const view = await myItemsView(user.organization.id, {
    kind,
    page: pageFromUrl(url, "page"),
    now: new Date(),
  });
  return { hasOrganization: true as const, view };
}

export async function newItemLoader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const kind = kindOf(new URL(request.url).searchParams.get("kind"));
  if (!kind) throw notFound();
  if (!user.organization) throw forbidden();
  const organization = await organizationTypeOf(getDb(), user.organization.id);
  return { kind, mayFile: organization ? kindsFiledBy(organization.type).includes(kind) : false };
}

export async function newItemAction({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const kind = kindOf(new URL(request.url).searchParams.get("kind"));
  if (!kind) throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();
  const submission = parseWithZod(await request.formData(), {
    schema: sdItemInputSchema(kind, { now: new Date() }),
  });
  if (submission.status !== "success") return invalidReply("save", submission);
  const outcome = await createSdDraft(actor, kind, submission.value);
  if (!outcome.ok) return actionReply("save", outcome, { submission });
  throw redirect(`/my/supply-demand/${outcome.value.code}?created=1`);
}

export async function ownerItemLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const code = codeParam(params.code);
  const now = new Date();
  const view = await ownerItemView(user, code, now);
  if (!view) throw notFound();
  return { ...view, now: now.toISOString() };
}

export type OwnerIntent = "save" | "submit" | "edit" | "withdraw" | "fulfil" | "renew" | "upload" | "detach";

const attachmentIdSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

export async function ownerItemAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const code = codeParam(params.code);
  const view = await ownerItemView(user, code, new Date());
  // Someone else's item does not exist for this user.
  if (!view) throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();

  if ((request.headers.get("content-type") ?? "").includes("multipart/form-data")) {
    const upload = await readPdfUpload(request);
    if (!upload.ok) return actionReply("upload", { ok: false, fieldErrors: upload.fieldErrors });
    return actionReply("upload", await addSdItemAttachment(actor, code, upload.upload));
  }

  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "") as OwnerIntent;
  const schema = sdItemInputSchema(view.item.kind, { now: new Date() });
  switch (intent) {
    case "save": {
      const submission = parseWithZod(formData, { schema });
      if (submission.status !== "success") return invalidReply(intent, submission);
      return actionReply(intent, await saveSdRevision(actor, code, submission.value), { submission });
    }
    case "submit": {
      // The submit button belongs to the editor: what is on the screen is saved first, so a submission never
      // sends an older draft than the one the owner sees. A post without the content only submits.
      const submission = formData.has("title") ? parseWithZod(formData, { schema }) : undefined;
      if (submission) {
        if (submission.status !== "success") return invalidReply(intent, submission);
        const saved = await saveSdRevision(actor, code, submission.value);
        if (!saved.ok) return actionReply(intent, saved, { submission });
      }
      const submitted = await submitSdItem(actor, code);
      if (!submitted.ok) return actionReply(intent, submitted, { submission });
      // Possible duplicates, shown as a warning: the reviewer decides, the owner may withdraw.
      const duplicates: SimilarItem[] = await possibleDuplicates(submitted.value.itemId, { limit: 5 });
      return actionReply(
        intent,
        { ok: true, value: { revision: submitted.value.revision, duplicates } },
        { submission },
      );
    }
    case "edit":
      return actionReply(intent, await startSdEdit(actor, code));
    case "withdraw":
      return actionReply(intent, await withdrawSdItem(actor, code));
    case "fulfil":
      return actionReply(intent, await fulfilSdItem(actor, code));
    case "renew": {
      const renewed = await renewSdItemFor(actor, code);
      return actionReply(
        intent,
        renewed.ok ? { ok: true, value: { expiresAt: renewed.value.expiresAt.toISOString() } } : renewed,
      );
    }
    case "detach": {
      const attachmentId = attachmentIdSchema.safeParse(formData.get("attachmentId"));
      if (!attachmentId.success)
        return actionReply(intent, { ok: false, formError: msg("err.attachment.notFound") });
      return actionReply(intent, await removeSdItemAttachment(actor, code, attachmentId.data));
    }
    default:
      throw notFound();
  }
}
