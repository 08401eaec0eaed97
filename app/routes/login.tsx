import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { CsrfInput, FormErrors, SubmitButton, TextField } from "../components/forms";
import { loginSchema } from "../forms/identity";
import { useI18n } from "../i18n/use-i18n";
import { authenticate, getSessionUser, safeRedirect, startSession } from "../server/identity/auth.server";

export const meta: MetaFunction = () => [{ title: "登录 · Sign in — 揭榜 Jiebang" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getSessionUser(request))
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: loginSchema });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const { email, password, redirectTo } = submission.value;
  const result = await authenticate(email, password, context.clientIp);
  if (!result.ok) {
    const message =
      result.reason === "throttled"
        ? `err.login.throttled|${JSON.stringify({ minutes: result.retryAfterMinutes })}`
        : "err.login.invalid";
    return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "throttled" ? 429 : 400,
    });
  }
  const cookie = await startSession(request, result.userId, context.clientIp);
  return redirect(safeRedirect(redirectTo), { headers: { "set-cookie": cookie } });
}

export default function Login() {
  const { t } = useI18n();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "login",
    lastResult,
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
  });
  return (
    <section className="form-card">
      <h1>{t("login.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="card">
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField field={fields.email} label={t("field.email")} type="email" autoComplete="username" />
        <TextField
          field={fields.password}
          label={t("field.password")}
          type="password"
          autoComplete="current-password"
        />
        <div className="actions">
          <SubmitButton>{t("login.submit")}</SubmitButton>
          <span>
            {t("login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
          </span>
        </div>
      </Form>
    </section>
  );
}
