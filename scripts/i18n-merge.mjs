#!/usr/bin/env node
// Merges a fragment {"fi": {...}, "sv": {...}, "en": {...}} into web/src/i18n/{fi,sv,en}.json (deep, keys
// sorted as they come). Several people (or helpers) can add strings at once: run it under a lock,
//   flock /tmp/polku-i18n.lock node scripts/i18n-merge.mjs fragment.json
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const file = process.argv[2];
if (!file) {
  console.error("usage: node scripts/i18n-merge.mjs fragment.json");
  process.exit(2);
}
const fragment = JSON.parse(readFileSync(file, "utf8"));
const merge = (target, source) => {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      target[key] = merge(target[key] && typeof target[key] === "object" ? target[key] : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
};
for (const lang of ["fi", "sv", "en"]) {
  if (!fragment[lang]) throw new Error(`the fragment has no "${lang}" part`);
  const target = path.join("web", "src", "i18n", `${lang}.json`);
  const current = JSON.parse(readFileSync(target, "utf8"));
  writeFileSync(target, `${JSON.stringify(merge(current, fragment[lang]), null, 2)}\n`);
}
console.log(`merged ${file} into fi, sv, en`);
