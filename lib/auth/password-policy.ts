import { z } from "zod";

import { PASSWORD_MAX, PASSWORD_MIN } from "./password-rules";

/** NIST SP 800-63B style: length over composition rules, and no obviously guessable choices. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN, `Your password must be at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Your password must be at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !/^(.)\1+$/.test(p), "Choose a password that is not one character repeated.")
  .refine(
    (p) => !["password123", "1234567890", "qwertyuiop", "password1234", "letmein1234"].includes(p.toLowerCase()),
    "That password is too common. Choose another.",
  );
