import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { preferencesScript } from "@/lib/preferences";
// @ts-expect-error: plain JavaScript, loaded unbundled by lib/cache/handler.mjs
import { emittedScriptHashes as hashes, isFrameworkScript as framework } from "./page-scripts.mjs";

const emittedScriptHashes = hashes as (html: string) => string[];
const isFrameworkScript = framework as (source: string) => boolean;
const hash = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

const flight = `self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003cb\\u003e\\"}]\\n"])`;
const turbopack = `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});`;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async=""></script><script>${preferencesScript}</script><title>T</title></head>` +
  `<body><main>${body}</main><script id="_R_">${turbopack}</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${flight}</script></body></html>`;

describe("the inline scripts a cached page may run", () => {
  it("are the layout's in <head> and the framework's in <body>", () => {
    expect(emittedScriptHashes(page("<p>Hello</p>"))).toEqual([
      hash(preferencesScript),
      hash(turbopack),
      hash("(self.__next_f=self.__next_f||[]).push([0])"),
      hash(flight),
    ]);
  });

  it("leave out a script injected into the page's content, whatever it looks like", () => {
    const injected = [
      `alert(1)`,
      `self.__next_f.push([1]);alert(1)`,
      `self.__next_f.push([1]);alert(1);self.__next_f.push([1])`,
      `self.__next_f.push(alert(1))`,
      `(self.__next_f=self.__next_f||[]).push([0]);alert(1)`,
      `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(fetch("/x"));`,
    ];
    for (const source of injected) {
      expect(isFrameworkScript(source), source).toBe(false);
      const policy = emittedScriptHashes(page(`<div><script>${source}</script></div>`));
      expect(policy, source).not.toContain(hash(source));
      expect(policy, source).toContain(hash(flight));
    }
  });

  it("need no hash for data blocks (JSON-LD) or files", () => {
    const html = page(`<script type="application/ld+json">{"@type":"NewsArticle"}</script>`);
    expect(emittedScriptHashes(html)).not.toContain(hash(`{"@type":"NewsArticle"}`));
    expect(emittedScriptHashes(html)).toHaveLength(4);
  });
});
