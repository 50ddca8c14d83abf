import { describe, expect, it } from "vitest";
import { limiter, PasswordWorkBusy } from "./password";

describe("the password-hashing queue", () => {
  it("runs at most its limit at once, queues a few more in order, and turns the rest away", async () => {
    const run = limiter(2, 3);
    let active = 0;
    let peak = 0;
    const finished: number[] = [];
    const releases: Array<() => void> = [];
    const task = (n: number) => () =>
      new Promise<number>((resolve) => {
        active++;
        peak = Math.max(peak, active);
        releases.push(() => {
          active--;
          finished.push(n);
          resolve(n);
        });
      });
    const accepted = [1, 2, 3, 4, 5].map((n) => run(task(n)));
    await expect(run(task(6))).rejects.toBeInstanceOf(PasswordWorkBusy);
    while (finished.length < 5) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      releases.shift()?.();
    }
    expect(await Promise.all(accepted)).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(finished).toEqual([1, 2, 3, 4, 5]);
    // Once the queue has drained, there is room again.
    await expect(run(async () => "again")).resolves.toBe("again");
  });

  it("frees its slot when a task fails", async () => {
    const run = limiter(1, 0);
    await expect(run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(run(async () => "next")).resolves.toBe("next");
  });
});
