import { type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useI18n } from "../i18n/use-i18n";
import { verifyEmailLoader } from "../server/identity/verify-email-page.server";

export const meta: MetaFunction = () => [
  { title: "验证邮箱 · Verify your email — 揭榜 Jiebang" },
  { name: "referrer", content: "no-referrer" },
];

export const loader = verifyEmailLoader;

export default function VerifyEmail() {
  const { t } = useI18n();
  const { verified, signedIn } = useLoaderData<typeof loader>();
  return (
    <section className="form-card">
      <h1>{t("verify.title")}</h1>
      {verified ? (
        <>
          <p role="status" className="alert alert-ok">
            {t("verify.done", { email: verified.email })}
          </p>
          <p>
            {signedIn ? (
              <Link to="/org">{t("verify.continue")}</Link>
            ) : (
              <Link to={`/login?${new URLSearchParams({ redirectTo: "/org" })}`}>{t("verify.signIn")}</Link>
            )}
          </p>
        </>
      ) : (
        <p className="alert alert-error">{t("verify.invalid")}</p>
      )}
    </section>
  );
}
