import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton } from "../components/forms";
import { TaskDetail } from "../components/task-detail";
import { useI18n } from "../i18n/use-i18n";
import { getSessionUser, requireUser } from "../server/identity/auth.server";
import { startBid } from "../server/bidding/bids.server";
import { myBidOnTask } from "../server/bidding/bid-views.server";
import { orgActor } from "../server/platform/actor.server";
import { notFound } from "../server/platform/http.server";
import { publicTask } from "../server/catalog/public-catalog.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const now = new Date();
  const task = await publicTask(params.code ?? "", now);
  if (!task) throw notFound();
  const user = await getSessionUser(request);
  const myBidId = user?.organization ? await myBidOnTask(user.organization.id, task.id) : null;
  return {
    task,
    now: now.toISOString(),
    signedIn: user !== null,
    hasOrganization: Boolean(user?.organization),
    myBidId,
  };
}

/** "Bid for this task": creates (or finds) the organization's draft and opens it. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const actor = orgActor(user, context.clientIp);
  if (!actor) return data({ error: "bid.noOrg" }, { status: 403 });
  const outcome = await startBid(actor, params.code ?? "");
  if (!outcome.ok) return data({ error: outcome.formError ?? "err.bid.closed" }, { status: 400 });
  throw redirect(`/bids/${outcome.value.bidId}`);
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.task.code} ${data.task.title} — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

export default function TaskPage() {
  const { task, now, signedIn, hasOrganization, myBidId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  const location = useLocation();
  const open = task.status === "published";
  let bidAction = null;
  if (myBidId) {
    bidAction = (
      <Link className="button button-primary no-print" to={`/bids/${myBidId}`}>
        {t("bid.myBid")}
      </Link>
    );
  } else if (open && !signedIn) {
    bidAction = (
      <Link
        className="button button-primary no-print"
        to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}
      >
        {t("bid.signInToBid")}
      </Link>
    );
  } else if (open && hasOrganization) {
    bidAction = (
      <Form method="post" className="no-print">
        <CsrfInput />
        <p className="hint">{t("bid.startHint")}</p>
        <SubmitButton>{t("bid.start")}</SubmitButton>
      </Form>
    );
  }
  return (
    <TaskDetail
      task={task}
      now={now}
      actions={
        <>
          {actionData?.error ? <FormErrors id="bid-error" errors={[actionData.error]} /> : null}
          {bidAction}
        </>
      }
    />
  );
}
