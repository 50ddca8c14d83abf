import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for tests (smtp-server): accepts every message and keeps it, parsed by
 * mailparser, with the envelope's recipients, so a test checks mail as it was received.
 */
export interface ReceivedMail {
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer;
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          simpleParser(raw)
            .then((parsed) => {
              this.messages.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw, parsed });
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
  }

  /** Listens on `port` (0: any free one) on 127.0.0.1; returns the smtp:// URL to send to. */
  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    const address = this.server.server.address();
    this.port = typeof address === "object" && address ? address.port : port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  to(email: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(email.toLowerCase()));
  }

  /** Messages per recipient address. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.messages) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  }
}
