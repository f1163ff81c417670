// readability-bench.mjs - Mozilla Readability (with linkedom as the DOM) over
// the pages listed in FILE, one process: the peer of `precis extract` in
// bench/extract-bench.sh. Prints how many pages gave an article.
//   node readability-bench.mjs LIST
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let ok = 0;
for (const f of files) {
  const html = readFileSync(f, "utf8");
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    if (article && article.textContent) ok++;
  } catch (e) {
    // a page Readability cannot handle counts as no article
  }
}
console.log(`${ok}/${files.length}`);
