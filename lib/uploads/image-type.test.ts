import { describe, expect, it } from "vitest";
import { checkImage, checkImageNameAndSize, IMAGE_MAX_BYTES, mediaFilename } from "./image-type";
import { mediaPath, parseMediaPath } from "./media-path";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "IHDR...");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF");
const gif = bytes("GIF89a", [1, 0, 1, 0]);
const webp = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");

describe("image uploads", () => {
  it.each([
    ["chart.png", png, "image/png", "chart.png"],
    ["Pupils Reading.JPEG", jpeg, "image/jpeg", "pupils-reading.jpg"],
    ["anim.gif", gif, "image/gif", "anim.gif"],
    ["photo.webp", webp, "image/webp", "photo.webp"],
    // What it is decides, not what it is called: a JPEG saved as .png is served as a JPEG.
    ["mislabelled.png", jpeg, "image/jpeg", "mislabelled.jpg"],
  ])("accepts %s as %s", (name, data, contentType, filename) => {
    expect(checkImage(name, data)).toEqual({ ok: true, contentType, filename });
  });

  it.each([
    ["a program named .png", "setup.png", bytes("MZ\x90\x00program")],
    ["HTML named .png", "page.png", bytes("<html><script>alert(1)</script>")],
    ["a PDF named .jpg", "report.jpg", bytes("%PDF-1.7")],
    ["a RIFF file that is not WebP", "sound.webp", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
  ])("refuses %s, saying its contents are not an image", (_label, name, data) => {
    const result = checkImage(name, data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      `“${name}” is not an image we can show: its contents are not PNG, JPEG, WebP or GIF, whatever its name says. Save it as a PNG, JPEG, WebP or GIF image and upload that.`,
    );
  });

  it("refuses SVG, by name or by content, since it can carry scripts", () => {
    for (const [name, data] of [
      ["logo.svg", bytes("<svg xmlns='http://www.w3.org/2000/svg'/>")],
      ["logo.png", bytes("<?xml version='1.0'?>\n<svg onload='alert(1)'></svg>")],
    ] as const) {
      const result = checkImage(name, data);
      expect(!result.ok && result.message).toMatch(/is an SVG drawing, which can carry scripts/);
    }
  });

  it("refuses empty and oversized images with both sizes in the message", () => {
    expect(checkImage("empty.png", new Uint8Array()).ok).toBe(false);
    const big = checkImageNameAndSize("huge.jpg", IMAGE_MAX_BYTES + 1);
    expect(big && !big.ok && big.message).toBe(
      "This image is 8.0 MB: the largest image you can upload is 8.0 MB. Save it smaller (for example, 2000 pixels wide) and try again.",
    );
    expect(checkImageNameAndSize("fine.jpg", 1000)).toBeNull();
  });

  it("serves images under a plain name and a content address", () => {
    expect(mediaFilename("C:\\Users\\sam\\Élan Vital (1).PNG", "png")).toBe("elan-vital-1.png");
    expect(mediaFilename("../../.png", "jpg")).toBe("image.jpg");
    const path = mediaPath("b".repeat(64), "chart.png");
    expect(parseMediaPath(path)).toEqual({ sha256: "b".repeat(64), filename: "chart.png" });
    expect(parseMediaPath("/media/abc/chart.png")).toBeNull();
    expect(parseMediaPath(`https://example.org${path}`)).toBeNull();
    expect(parseMediaPath(`${path}/../x.svg`)).toBeNull();
  });
});
