import { describe, expect, it } from "vitest";
import { readFormFile } from "./form-file";

const form = (value?: Blob, filename?: string) => {
  const data = new FormData();
  if (value) data.set("file", value, filename);
  return data;
};
const pdf = new Blob(["%PDF-1.4\n%%EOF\n"]);

describe("readFormFile", () => {
  it("reads no file from a field left empty, however the browser or a script sends it", async () => {
    expect(await readFormFile(form(), "file", 1000)).toEqual({ ok: true, file: null });
    expect(await readFormFile(form(new Blob([]), ""), "file", 1000)).toEqual({ ok: true, file: null });
    expect(await readFormFile(form(new Blob([])), "file", 1000)).toEqual({ ok: true, file: null });
  });

  it("checks a chosen file as an upload is checked: by name, size and contents", async () => {
    const read = await readFormFile(form(pdf, "guide.pdf"), "file", 1000);
    expect(read.ok && read.file).toMatchObject({ filename: "guide.pdf", contentType: "application/pdf" });
    expect(await readFormFile(form(new Blob(["MZ program"]), "guide.pdf"), "file", 1000)).toMatchObject({ ok: false, message: expect.stringContaining("not really a PDF") });
    expect(await readFormFile(form(pdf, "guide.exe"), "file", 1000)).toMatchObject({ ok: false, message: expect.stringContaining("not a file you can attach") });
    expect(await readFormFile(form(pdf, "guide.pdf"), "file", 5)).toMatchObject({ ok: false, message: expect.stringContaining("the largest file you can attach") });
  });
});
