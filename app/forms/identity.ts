import { z } from "./zod";
import { DISTRICTS } from "../domain/districts";
import {
  anyPasswordField,
  emailField,
  newPasswordField,
  phoneField,
  requiredText,
  usccField,
} from "./fields";

export const ORGANIZATION_TYPES = [
  "enterprise",
  "university",
  "research_institute",
  "government_unit",
] as const;

export const signupSchema = z.object({
  orgName: requiredText(200),
  orgType: z.enum(ORGANIZATION_TYPES, { error: "err.orgType" }),
  uscc: usccField,
  district: z.enum(DISTRICTS, { error: "err.district" }),
  contactName: requiredText(50),
  contactPhone: phoneField,
  name: requiredText(50),
  email: emailField,
  password: newPasswordField,
});

export const loginSchema = z.object({
  email: emailField,
  password: anyPasswordField,
  redirectTo: z.string().optional(),
});

export const passwordChangeSchema = z
  .object({ currentPassword: anyPasswordField, newPassword: newPasswordField })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "err.password.same",
  });

export const inviteSchema = z.object({ email: emailField });

export const acceptInvitationSchema = z.object({
  name: requiredText(50).optional(),
  password: newPasswordField.optional(),
});
