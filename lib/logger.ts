import pino from "pino";
import { env } from "./env";

/** Structured JSON logs on stdout. Never log passwords, tokens or email bodies. */
export const logger = pino({
  level: env.NODE_ENV === "test" && !process.env.LOG_LEVEL ? "silent" : env.LOG_LEVEL,
  base: { service: "send-portal" },
  redact: ["password", "token", "*.password", "*.token", "text"],
});
