import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id recommendation: m=19 MiB, t=2, p=1.
// `algorithm: 2` is Argon2id (a const enum in the typings, which isolatedModules cannot read).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Thrown when too many password hashes are already waiting: the caller says "try again shortly". */
export class PasswordWorkBusy extends Error {
  constructor() {
    super("too many password hashes waiting");
    this.name = "PasswordWorkBusy";
  }
}

/** At most `running` tasks at once and `waiting` queued behind them; beyond that, PasswordWorkBusy. */
export function limiter(running: number, waiting: number) {
  let active = 0;
  const queue: Array<() => void> = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (active >= running) {
      if (queue.length >= waiting) throw new PasswordWorkBusy();
      await new Promise<void>((resolve) => queue.push(resolve));
    } else {
      active++;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}

// Each hash holds 19 MiB and a core: a flood of sign-ins must queue briefly, then be turned away,
// rather than pile up hashes until the process runs out of memory or time.
const hashing = limiter(availableParallelism(), 32);

export function hashPassword(password: string): Promise<string> {
  return hashing(() => hash(password, options));
}

/** False for a wrong password or a malformed hash; PasswordWorkBusy when the queue is full. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return hashing(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}
