import { describe, expect, it } from "vitest";
import { z } from "zod";
import { invalidForm } from "./actions";

describe("invalidForm", () => {
  it("keeps one message per field, the first rule broken, and never echoes a password", () => {
    const schema = z.object({
      email: z.string().min(1, "Enter your email address.").email("Enter a valid email address."),
      password: z.string().min(10, "Too short.").refine((p) => !/^(.)\1+$/.test(p), "Not one character repeated."),
    });
    const values = { email: "", password: "aaaa" };
    const state = invalidForm(schema.safeParse(values).error!, values);
    expect(state.fieldErrors).toEqual({ email: ["Enter your email address."], password: ["Too short."] });
    expect(state.values).toEqual({ email: "" });
  });
});
