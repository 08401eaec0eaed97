import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { SdExpressionPanel } from "../components/sd-expression-panel";
import { useI18n } from "../i18n/use-i18n";
import {
  interestPageAction,
  interestPageLoader,
} from "../server/supply-demand/expressions/interest-page.server";

export const meta: MetaFunction = () => [{ title: "表达对接意向 Express interest — 揭榜 Jiebang" }];

export const loader = interestPageLoader;
export const action = interestPageAction;

/** The expression form on a page of its own: where the item page's panel posts, and where its errors show. */
export default function InterestPage() {
  const { item, panel } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="stack">
      <h1>{t("sdx.interest.title")}</h1>
      <p className="lead">
        <Link to={`/supply-demand/${item.code}`}>
          <span className="mono">{item.code}</span> {item.title}
        </Link>{" "}
        · {item.organizationName}
      </p>
      <SdExpressionPanel panel={panel} lastResult={actionData?.result} />
    </div>
  );
}
