import { describe, expect, it } from "vitest";
import { isCommonPassword } from "../../app/domain/common-passwords";
import { acceptInvitationSchema, signupSchema } from "../../app/forms/identity";

describe("common passwords", () => {
  it.each(["1111111111", "password12", "PASSWORD12", "qwertyuiop", "1234567890", "0000000000", "woaini1314"])(
    "knows %s",
    (password) => expect(isCommonPassword(password)).toBe(true),
  );

  it.each(["demo-password", "correct-horse-battery", "揭榜挂帅-2026-武汉"])("lets %s through", (password) =>
    expect(isCommonPassword(password)).toBe(false),
  );

  it("is checked by the invitation schema as well as sign-up", () => {
    const invite = acceptInvitationSchema.safeParse({ name: "新成员", password: "iloveyou123" });
    expect(invite.success).toBe(false);
    expect(JSON.stringify(invite.error?.issues)).toContain("err.password.common");
    const signup = signupSchema.safeParse({ password: "1111111111" });
    expect(JSON.stringify(signup.error?.issues)).toContain("err.password.common");
  });
});
