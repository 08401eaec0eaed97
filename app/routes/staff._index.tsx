import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, FormErrors } from "../components/forms";
import { Pagination } from "../components/pagination";
import { pageFromUrl } from "../forms/pagination";
import { useI18n } from "../i18n/use-i18n";
import { requireStaff } from "../server/identity/auth.server";
import { staffOverview } from "../server/catalog/staff-catalog.server";
import { staffConsoleAction } from "../server/identity/org-verification.server";
import { isFinance } from "../server/payouts/access.server";
import { stripeConfigured } from "../server/payouts/stripe/stripe-rail.server";

export const action = staffConsoleAction;

export const meta: MetaFunction = () => [{ title: "管理后台 · Staff console — 揭榜 Jiebang" }];

const PAGE_SIZE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const url = new URL(request.url);
  const orgPage = pageFromUrl(url, "orgPage");
  const auditPage = pageFromUrl(url, "auditPage");
  const overview = await staffOverview({ orgPage, auditPage, pageSize: PAGE_SIZE });
  return {
    ...overview,
    orgPage,
    auditPage,
    pageSize: PAGE_SIZE,
    finance: isFinance(user),
    stripeRail: stripeConfigured(),
  };
}

export default function StaffConsole() {
  const { t, dateTime } = useI18n();
  const { organizations, audit, orgPage, auditPage, pageSize, finance, stripeRail } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("staff.title")}</h1>
      <nav className="toolbar" aria-label={t("staff.title")}>
        <Link className="button button-primary" to="/staff/lists">
          {t("staff.lists")}
        </Link>
        <Link className="button" to="/staff/projects">
          {t("project.all")}
        </Link>
        <Link className="button" to="/staff/policies">
          {t("staff.policies")}
        </Link>
        <Link className="button" to="/staff/search">
          {t("staff.search")}
        </Link>
        <Link className="button" to="/staff/supply-demand/review">
          {t("sdReview.nav")}
        </Link>
        <Link className="button" to="/staff/supply-demand/batches">
          {t("sdList.staff.title")}
        </Link>
        <Link className="button" to="/staff/supply-demand/import">
          {t("sdImport.title")}
        </Link>
        <Link className="button" to="/staff/supply-demand/showcase">
          {t("sdShowcase.title")}
        </Link>
        <Link className="button" to="/staff/events">
          {t("mmEvents.staff.nav")}
        </Link>
      </nav>
      {finance ? <FundsSection stripeRail={stripeRail} /> : null}
      <h2>{t("staff.organizations")}</h2>
      <p className="hint">{t("staff.verifyHint")}</p>
      {actionData && !actionData.ok && actionData.formError ? (
        <FormErrors id="verify-error" errors={[actionData.formError]} />
      ) : null}
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("field.orgName")}</th>
              <th scope="col">{t("field.orgType")}</th>
              <th scope="col">{t("field.uscc")}</th>
              <th scope="col">{t("field.district")}</th>
              <th scope="col">{t("staff.memberCount")}</th>
              <th scope="col">{t("staff.registered")}</th>
              <th scope="col">{t("staff.verified")}</th>
            </tr>
          </thead>
          <tbody>
            {organizations.rows.length === 0 ? (
              <tr>
                <td colSpan={7} className="empty">
                  {t("common.empty")}
                </td>
              </tr>
            ) : (
              organizations.rows.map((org) => (
                <tr key={org.id}>
                  <td>{org.name}</td>
                  <td>{t(`orgType.${org.type}`)}</td>
                  <td className="mono">{org.uscc}</td>
                  <td>{org.district}</td>
                  <td>{org.memberCount}</td>
                  <td className="nowrap">{dateTime(org.createdAt)}</td>
                  <td className="nowrap">
                    {org.verifiedAt ? (
                      dateTime(org.verifiedAt)
                    ) : (
                      <Form method="post">
                        <CsrfInput />
                        <input type="hidden" name="intent" value="verifyOrg" />
                        <input type="hidden" name="organizationId" value={org.id} />
                        <button type="submit" className="button">
                          {t("staff.verify")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination param="orgPage" page={orgPage} pageSize={pageSize} total={organizations.total} />

      <h2>{t("staff.audit")}</h2>
      <p className="hint">{t("staff.auditLead")}</p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("audit.seq")}</th>
              <th scope="col">{t("audit.time")}</th>
              <th scope="col">{t("audit.actor")}</th>
              <th scope="col">{t("audit.action")}</th>
              <th scope="col">{t("audit.entity")}</th>
            </tr>
          </thead>
          <tbody>
            {audit.rows.length === 0 ? (
              <tr>
                <td colSpan={5} className="empty">
                  {t("common.empty")}
                </td>
              </tr>
            ) : (
              audit.rows.map((entry) => (
                <tr key={entry.seq}>
                  <td>{entry.seq}</td>
                  <td className="nowrap">{dateTime(entry.occurredAt)}</td>
                  <td>{entry.actorEmail ?? t("audit.system")}</td>
                  <td className="mono">{entry.action}</td>
                  <td className="mono">
                    {entry.entityType}#{entry.entityId}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination param="auditPage" page={auditPage} pageSize={pageSize} total={audit.total} />
    </section>
  );
}

/** Issue 15: the funds pages, for finance staff only (staff who also hold the finance capability). */
function FundsSection({ stripeRail }: { stripeRail: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="staff-funds" className="stack">
      <h2 id="staff-funds">{t("payViews.funds")}</h2>
      <p className="hint">{t("payViews.fundsLead")}</p>
      <nav className="toolbar" aria-labelledby="staff-funds">
        <Link className="button" to="/staff/budget">
          {t("payViews.nav.budget")}
        </Link>
        <Link className="button" to="/staff/ledger">
          {t("payViews.nav.ledger")}
        </Link>
        <Link className="button" to="/staff/payouts">
          {t("payViews.nav.payouts")}
        </Link>
        {stripeRail ? (
          <Link className="button" to="/staff/payouts/stripe">
            {t("payStripe.staff.title")}
          </Link>
        ) : null}
        <Link className="button" to="/staff/payouts/reconciliation">
          {t("payViews.nav.reconciliation")}
        </Link>
      </nav>
    </section>
  );
}
