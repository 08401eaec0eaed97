import { msg } from "../../i18n/i18n";
import { parseWithZod } from "@conform-to/zod/v4";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import {
  bidContentSchema,
  invitationAnswerSchema,
  inviteMemberSchema,
  memberTermsSchema,
} from "../../forms/bid";
import { wholeNumber } from "../../forms/fields";
import { actionReply, schemaFieldErrors } from "../platform/action-reply.server";
import { requireUser } from "../identity/auth.server";
import {
  addBidAttachment,
  removeBidAttachment,
  saveAndSubmitBid,
  saveBidContent,
  submitBid,
  withdrawBid,
} from "./bids.server";
import { answerInvitation, inviteMember, removeConsortiumMember, setMemberTerms } from "./consortium.server";
import { bidAccess, bidForViewer, organizationsToInvite } from "./bid-views.server";
import { orgActor } from "../platform/actor.server";
import { forbidden, notFound } from "../platform/http.server";
import { idParam } from "../platform/params.server";
import { readPdfUpload } from "../files/uploads.server";

export async function bidPageLoader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const bidId = idParam(params.id);
  const now = new Date();
  const view = await bidForViewer(user, bidId, now);
  if (!view) throw notFound();
  const find = new URL(request.url).searchParams.get("find")?.slice(0, 100) ?? "";
  const candidates = view.editable && find ? await organizationsToInvite(find, view.members) : null;
  return { ...view, find, candidates, now: now.toISOString() };
}

export type BidIntent =
  "save" | "invite" | "terms" | "remove" | "answer" | "submit" | "withdraw" | "upload" | "detach";

const organizationIdSchema = wholeNumber(1, Number.MAX_SAFE_INTEGER);

const rowTarget = (value: FormDataEntryValue | null) => {
  const parsed = organizationIdSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

export async function bidPageAction({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const bidId = idParam(params.id);
  // Someone else's bid does not exist for this user (404); a member or staff who may see it but not change it
  // gets 403 for the lead's actions, and only an invited organization may answer an invitation.
  const role = await bidAccess(user, bidId);
  if (!role) throw notFound();
  const actor = orgActor(user, context.clientIp);
  if (!actor) throw forbidden();

  if ((request.headers.get("content-type") ?? "").includes("multipart/form-data")) {
    if (role !== "lead") throw forbidden();
    const upload = await readPdfUpload(request);
    if (!upload.ok) return actionReply("upload", { ok: false, fieldErrors: upload.fieldErrors });
    return actionReply("upload", await addBidAttachment(actor, bidId, upload.upload));
  }

  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "") as BidIntent;
  if (intent === "answer" ? role !== "invited" : role !== "lead") throw forbidden();
  switch (intent) {
    case "save": {
      const submission = parseWithZod(formData, { schema: bidContentSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      return actionReply(intent, await saveBidContent(actor, bidId, submission.value), { submission });
    }
    case "invite": {
      // One invitation form per candidate organization: the reply names the one that acted.
      const target = rowTarget(formData.get("organizationId"));
      const submission = parseWithZod(formData, { schema: inviteMemberSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission, target });
      return actionReply(intent, await inviteMember(actor, bidId, submission.value), { submission, target });
    }
    case "terms": {
      // One terms form per member row: its errors go beside that row's fields.
      const target = rowTarget(formData.get("organizationId"));
      const submission = parseWithZod(formData, { schema: memberTermsSchema });
      if (submission.status !== "success")
        return actionReply(
          intent,
          { ok: false, fieldErrors: schemaFieldErrors(submission.error ?? undefined) },
          { submission, target },
        );
      return actionReply(intent, await setMemberTerms(actor, bidId, submission.value), {
        submission,
        target,
      });
    }
    case "remove": {
      const organizationId = organizationIdSchema.safeParse(formData.get("organizationId"));
      if (!organizationId.success)
        return actionReply(intent, { ok: false, formError: msg("err.consortium.noSuchMember") });
      return actionReply(intent, await removeConsortiumMember(actor, bidId, organizationId.data));
    }
    case "answer": {
      const submission = parseWithZod(formData, { schema: invitationAnswerSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      const { answer, seenShareBp, seenWorkDivision } = submission.value;
      const seen =
        seenShareBp === undefined
          ? undefined
          : { shareBp: seenShareBp, workDivision: seenWorkDivision ?? "" };
      const outcome = await answerInvitation(actor, bidId, answer, new Date(), seen);
      if (outcome.ok && submission.value.answer === "declined") throw redirect("/bids");
      return actionReply(intent, outcome, { submission });
    }
    case "submit": {
      // The submit button belongs to the content form: what is on the screen is saved first, so a submission
      // never judges an older draft than the one the lead sees. A post without the content only submits.
      if (!formData.has("summary")) return actionReply(intent, await submitBid(actor, bidId));
      const submission = parseWithZod(formData, { schema: bidContentSchema });
      if (submission.status !== "success") return actionReply(intent, { ok: false }, { submission });
      const { saved, submitted } = await saveAndSubmitBid(actor, bidId, submission.value);
      return actionReply(intent, submitted ?? saved, { submission });
    }
    case "withdraw":
      return actionReply(intent, await withdrawBid(actor, bidId));
    case "detach": {
      const attachmentId = organizationIdSchema.safeParse(formData.get("attachmentId"));
      if (!attachmentId.success)
        return actionReply(intent, { ok: false, formError: msg("err.attachment.notFound") });
      return actionReply(intent, await removeBidAttachment(actor, bidId, attachmentId.data));
    }
    default:
      throw notFound();
  }
}
