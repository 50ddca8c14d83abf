import { describe, expect, it } from "vitest";
import { checkFile, checkNameAndSize, cleanFilename } from "./file-type";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

const pdf = bytes("%PDF-1.7\n1 0 obj\n%%EOF");
const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest");
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF");
const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "compound");
const zip = (folder: string) => bytes([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....", `${folder}document.xml`);
const MB = 1024 * 1024;

describe("attachment checks", () => {
  it.each([
    ["report.pdf", pdf, "application/pdf"],
    ["Chart.PNG", png, "image/png"],
    ["photo.jpeg", jpeg, "image/jpeg"],
    ["photo.jpg", jpeg, "image/jpeg"],
    ["old.doc", ole, "application/msword"],
    ["old.xls", ole, "application/vnd.ms-excel"],
    ["old.ppt", ole, "application/vnd.ms-powerpoint"],
    ["plan.docx", zip("word/"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["slides.pptx", zip("ppt/"), "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
    ["sheet.xlsx", zip("xl/"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ])("accepts %s as %s", (name, data, contentType) => {
    expect(checkFile(name, data, MB)).toMatchObject({ ok: true, contentType });
  });

  it.each([
    ["a program renamed to .pdf", "setup.pdf", bytes("MZ\x90\x00program")],
    ["a PNG named .pdf", "picture.pdf", png],
    ["a Word file named .xlsx", "sheet.xlsx", zip("word/")],
    ["a plain zip named .docx", "archive.docx", bytes([0x50, 0x4b, 0x03, 0x04], "word/ but no content types")],
    ["HTML named .jpg", "x.jpg", bytes("<html><script>")],
  ])("refuses %s", (_label, name, data) => {
    const result = checkFile(name, data, MB);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/contents do not match its name/);
  });

  it("refuses names it does not know, with the list of what it does", () => {
    const result = checkFile("notes.txt", bytes("hello"), MB);
    expect(!result.ok && result.message).toContain("PDF, Word, PowerPoint, Excel, PNG or JPEG");
    expect(checkFile("no-extension", pdf, MB).ok).toBe(false);
    expect(checkFile("evil.exe", bytes("MZ"), MB).ok).toBe(false);
  });

  it("refuses files over the cap with both sizes in the message, and empty files", () => {
    const result = checkNameAndSize("big.pdf", 30 * MB, 25 * MB);
    expect(!result.ok && result.message).toBe(
      "This file is 30.0 MB: the largest file you can attach is 25.0 MB. Make it smaller (for example, compress its images) and try again.",
    );
    expect(checkNameAndSize("empty.pdf", 0, MB).ok).toBe(false);
  });

  it("keeps only the file's own name", () => {
    expect(cleanFilename("C:\\Users\\sam\\report.pdf")).toBe("report.pdf");
    expect(cleanFilename("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(cleanFilename(" a\u0000b.pdf ")).toBe("ab.pdf");
  });

  it.each([
    ["talk.mp3", bytes("ID3", [0x04, 0x00], "tags"), "audio/mpeg"],
    ["bare.mp3", bytes([0xff, 0xfb, 0x90, 0x64], "frames"), "audio/mpeg"],
    ["talk.M4A", bytes([0x00, 0x00, 0x00, 0x20], "ftypM4A ", [0, 0, 0, 0]), "audio/mp4"],
    ["talk.ogg", bytes("OggS", [0x00, 0x02], "vorbis"), "audio/ogg"],
  ])("accepts %s as audio (%s)", (name, data, contentType) => {
    expect(checkFile(name, data, MB, "audio")).toMatchObject({ ok: true, contentType });
  });

  it("takes audio only where audio is asked for, checked by content", () => {
    expect(checkFile("talk.mp3", bytes("ID3tags"), MB).ok).toBe(false);
    const notAudio = checkFile("talk.mp3", pdf, MB, "audio");
    expect(!notAudio.ok && notAudio.message).toMatch(/contents do not match its name/);
    const pdfAsAudio = checkFile("report.pdf", pdf, MB, "audio");
    expect(!pdfAsAudio.ok && pdfAsAudio.message).toContain("MP3, M4A or Ogg");
    expect(checkFile("talk.ogg", bytes("RIFF....WAVE"), MB, "audio").ok).toBe(false);
  });
});
