import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

type Tree = { [key: string]: string | Tree };

/** Flattens nested translations to "a.b.c" → value. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") result.set(path, value);
    else for (const [inner, text] of flatten(value, path)) result.set(inner, text);
  }
  return result;
}

const catalogues = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };
const srcDir = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys of i18next plural forms ("x_one", "x_other") count as the base key "x". */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, "");
}

describe("translations", () => {
  for (const [language, catalogue] of Object.entries(catalogues)) {
    it(`${language} has every key of the other languages`, () => {
      const missing = Object.entries(catalogues).flatMap(([other, otherCatalogue]) =>
        [...otherCatalogue.keys()].filter((key) => !catalogue.has(key)).map((key) => `${key} (in ${other})`),
      );
      expect(missing).toEqual([]);
    });

    it(`${language} has no empty texts`, () => {
      const empty = [...catalogue].filter(([, text]) => text.trim() === "").map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it(`${language} uses the same placeholders as Finnish`, () => {
      const placeholders = (text: string | undefined) =>
        [...(text ?? "").matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
      const mismatched = [...catalogue]
        .filter(
          ([key, text]) =>
            JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(catalogues.fi.get(key))),
        )
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  }

  it('has a Finnish text for every t("key") used in the source', () => {
    const files = sourceFiles(srcDir);
    expect(files.length).toBeGreaterThan(10);
    const finnishKeys = new Set([...catalogues.fi.keys()].map(baseKey));
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/\bt\(\s*["'`]([\w.-]+)["'`]/g)) {
        const key = match[1];
        if (key !== undefined && !finnishKeys.has(key))
          missing.push(`${key} in ${file.slice(srcDir.length)}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
