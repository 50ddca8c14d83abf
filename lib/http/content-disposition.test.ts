import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("is always an attachment with a quoted ASCII name and the UTF-8 name", () => {
    expect(attachmentDisposition("what-is-dme.pdf")).toBe(
      `attachment; filename="what-is-dme.pdf"; filename*=UTF-8''what-is-dme.pdf`,
    );
    expect(attachmentDisposition("Café plan.pdf")).toBe(
      `attachment; filename="Caf_ plan.pdf"; filename*=UTF-8''Caf%C3%A9%20plan.pdf`,
    );
  });

  it("cannot be broken out of by quotes, separators or line breaks", () => {
    const header = attachmentDisposition('evil".html\r\nSet-Cookie: x=1; ../../etc/passwd');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).not.toContain("/");
  });
});
