import { describe, expect, it } from "vitest";
import { composeNewsletter } from "./compose";

const context = { siteName: "SEND Network", siteUrl: "https://send.example.org", unsubscribeUrl: "https://send.example.org/newsletters/unsubscribe?token=abc" };

describe("a newsletter as an email", () => {
  const email = composeNewsletter(
    { slug: "december", subject: "December <update>", preheader: "Inside: funding", body: "## Funding\n\nSee [the update](/resources/x) and ![Pupils reading](/media/abc/p.jpg).\n\n<script>alert(1)</script>" },
    context,
  );

  it("is a table layout with inline styles only: no stylesheet, classes or scripts", () => {
    expect(email.html).toContain('<table role="presentation"');
    expect(email.html).not.toMatch(/<style|class=|<script|alert\(1\)/);
    expect(email.html).toContain('<h2 style="');
    expect(email.html).toContain("December &lt;update&gt;");
  });

  it("links and images by absolute address, with the unsubscribe link and the web version", () => {
    expect(email.html).toContain('href="https://send.example.org/resources/x"');
    expect(email.html).toContain('src="https://send.example.org/media/abc/p.jpg"');
    expect(email.html).toContain('alt="Pupils reading"');
    expect(email.html).toContain('href="https://send.example.org/newsletters/unsubscribe?token=abc"');
    expect(email.html).toContain('href="https://send.example.org/newsletters/december"');
  });

  it("has the same words as plain text, links written out", () => {
    expect(email.text).toContain("See the update (https://send.example.org/resources/x) and [Image: Pupils reading].");
    expect(email.text).toContain("Unsubscribe: https://send.example.org/newsletters/unsubscribe?token=abc");
    expect(email.text.startsWith("December <update>\n")).toBe(true);
  });
});
