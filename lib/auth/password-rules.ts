// Kept apart from the zod schema so client forms can show the rules without bundling zod.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const passwordRules = `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong password that is easy to remember.`;
