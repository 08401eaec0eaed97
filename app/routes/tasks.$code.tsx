import { type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton } from "../components/forms";
import { TaskDetail } from "../components/task-detail";
import { useI18n } from "../i18n/use-i18n";
import { publicTaskPageLoader, publicTaskPageAction } from "../server/catalog/task-pages.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.task.code} ${data.task.title} — 揭榜 Jiebang` : "揭榜 Jiebang" },
];

export const loader = publicTaskPageLoader;
export const action = publicTaskPageAction;

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
          {actionData?.formError ? <FormErrors id="bid-error" errors={[actionData.formError]} /> : null}
          {bidAction}
        </>
      }
    />
  );
}
